package dev.steadfast.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.cli.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepLockTest {
    @TempDir
    Path dir;

    @Test
    void heldLockIsRefusedNamingTheHolderAndReleasedOnClose() throws Exception {
        try (SweepLock first = SweepLock.acquire(dir, "sweep")) {
            assertTrue(first.staleHolder().isEmpty());
            BadInputException e = assertThrows(BadInputException.class, () -> SweepLock.acquire(dir, "sweep"));
            assertTrue(e.getMessage().contains("is in use by a sweep (pid " + ProcessHandle.current().pid() + " on host "
                    + SweepLock.hostName() + ", started "), e.getMessage());
        }
        assertEquals("", Files.readString(dir.resolve(SweepLock.FILE)), "emptied on release");
        try (SweepLock again = SweepLock.acquire(dir, "merge")) {
            assertTrue(again.staleHolder().isEmpty());
        }
    }

    @Test
    void lockFileOfADeadProcessIsTakenOver() throws Exception {
        Files.writeString(dir.resolve(SweepLock.FILE), "pid=999999999 host=elsewhere started=2026-01-01T00:00:00Z purpose=sweep\n");
        try (SweepLock l = SweepLock.acquire(dir, "sweep")) {
            LockHolder stale = l.staleHolder().orElseThrow();
            assertEquals(999999999L, stale.pid());
            assertEquals("elsewhere", stale.host());
            assertTrue(Files.readString(dir.resolve(SweepLock.FILE)).startsWith("pid=" + ProcessHandle.current().pid() + " "));
        }
    }
}
