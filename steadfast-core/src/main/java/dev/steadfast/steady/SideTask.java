package dev.steadfast.steady;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A computation a route runs beside its main work — the LU's condition estimate, GMRES's uniqueness
 * probe — on a daemon thread when there is a core for it, or on the caller's thread when it is
 * awaited. Its exceptions reach the caller unwrapped.
 *
 * @param <T> the result
 */
final class SideTask<T> {
    private final FutureTask<T> task;
    private final boolean started;

    private SideTask(FutureTask<T> task, boolean started) {
        this.task = task;
        this.started = started;
    }

    /**
     * Starts {@code work} on a daemon thread named {@code name} when {@code concurrent} and the
     * machine has more than one processor; otherwise it waits for {@link #await}.
     */
    static <T> SideTask<T> start(Callable<T> work, boolean concurrent, String name) {
        FutureTask<T> task = new FutureTask<>(work);
        boolean start = concurrent && Runtime.getRuntime().availableProcessors() > 1;
        if (start) {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        }
        return new SideTask<>(task, start);
    }

    /** The result, computing it here if it was not started. */
    T await(String what) {
        if (!started) {
            task.run();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SteadyStateException("interrupted during " + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
