package dev.steadfast.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steadfast.model.Model;
import dev.steadfast.model.ModelInstance;
import dev.steadfast.spectrum.Eigenvalue;
import dev.steadfast.spectrum.LiouvillianSpectrum;
import dev.steadfast.spectrum.SpectrumOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steadfast spectrum MODEL --count k}: the eigenvalues of the Liouvillian nearest zero. */
@Command(name = "spectrum", mixinStandardHelpOptions = true,
        description = {
            "The k eigenvalues of the Liouvillian nearest zero, the spectral gap (smallest nonzero |Re λ|), the "
                + "relaxation time 1/gap and the number of zero eigenvalues (the dimension of the steady-state manifold)."},
        footer = {"", "Example: steadfast spectrum collective-decay-pair --count 8"})
final class SpectrumCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--count", paramLabel = "K", defaultValue = "6", description = "How many eigenvalues; default: ${DEFAULT-VALUE}.")
    int count;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            throw new BadInputException("--count " + count + ": ask for at least one eigenvalue");
        }
        Model m = model.resolve();
        ModelInstance instance = model.instantiate(m);
        long t0 = System.nanoTime();
        // an ensemble's spectrum is that of L on permutation-invariant operators (the Dicke ladders)
        LiouvillianSpectrum s = instance.spectrum(count, SpectrumOptions.defaults());
        double seconds = (System.nanoTime() - t0) * 1e-9;
        PrintWriter o = spec.commandLine().getOut();
        o.print(format.isJson() ? json(m.name(), instance, s, seconds) + "\n" : table(m.name(), s, seconds));
        o.flush();
        return ExitCodes.OK;
    }

    /** Whether every computed eigenvalue is zero, so that the kernel may be larger than counted. */
    private static boolean saturated(LiouvillianSpectrum s) {
        return s.zeroCount() == s.eigenvalues().size();
    }

    private static String table(String model, LiouvillianSpectrum s, double seconds) {
        StringBuilder sb = new StringBuilder();
        row(sb, "model", model);
        sb.append("eigenvalues          (nearest zero; Re = -decay rate, Im = frequency)\n");
        for (Eigenvalue e : s.eigenvalues()) {
            boolean zero = e.abs() <= s.zeroTolerance();
            sb.append(String.format(Locale.ROOT, "  %-20s %-20s%s", Numbers.format(clean(e.re(), s)), Numbers.format(clean(e.im(), s)),
                    zero ? "  zero" : "").stripTrailing()).append('\n');
        }
        row(sb, "zero eigenvalues", s.zeroCount() + (saturated(s) ? " (at least: every computed eigenvalue is zero; raise --count)" : "")
                + (s.zeroCount() == 1 ? "  (unique steady state)" : s.zeroCount() > 1 ? "  (the steady state is not unique)" : ""));
        row(sb, "gap", Numbers.format(s.gap()));
        row(sb, "relaxation time", Numbers.format(s.relaxationTime()) + "  (1/gap)");
        row(sb, "method", s.method().name().toLowerCase(Locale.ROOT));
        row(sb, "seconds", String.format(Locale.ROOT, "%.3f", seconds));
        return sb.toString();
    }

    private static String json(String model, ModelInstance instance, LiouvillianSpectrum s, double seconds) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", model);
        doc.put("parameters", instance.parameters());
        List<Map<String, Double>> ev = new ArrayList<>();
        for (Eigenvalue e : s.eigenvalues()) {
            Map<String, Double> x = new LinkedHashMap<>();
            x.put("re", e.re());
            x.put("im", e.im());
            ev.add(x);
        }
        doc.put("eigenvalues", ev);
        doc.put("zero_count", s.zeroCount());
        doc.put("zero_count_saturated", saturated(s));
        doc.put("gap", Double.isFinite(s.gap()) ? s.gap() : null);
        doc.put("relaxation_time", Double.isFinite(s.relaxationTime()) ? s.relaxationTime() : null);
        doc.put("zero_tolerance", s.zeroTolerance());
        doc.put("method", s.method().name().toLowerCase(Locale.ROOT));
        doc.put("max_residual", s.maxResidual());
        doc.put("seconds", seconds);
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    /** Rounding noise below the zero tolerance is printed as 0. */
    private static double clean(double v, LiouvillianSpectrum s) {
        return Math.abs(v) <= s.zeroTolerance() ? 0 : v;
    }

    private static void row(StringBuilder sb, String key, String value) {
        sb.append(String.format("%-20s %s", key, value).stripTrailing()).append('\n');
    }
}
