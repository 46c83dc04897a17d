package dev.steadfast.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steadfast.model.Model;
import dev.steadfast.model.ModelInstance;
import dev.steadfast.spectrum.Accuracy;
import dev.steadfast.spectrum.ComputedEigenvalue;
import dev.steadfast.spectrum.Eigenvalue;
import dev.steadfast.spectrum.LiouvillianSpectrum;
import dev.steadfast.spectrum.Sector;
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
                + "relaxation time 1/gap and the number of zero eigenvalues (the dimension of the steady-state manifold). "
                + "With a conserved excitation number L is split by the charge difference q of |i><j| and each eigenvalue "
                + "is labelled with its q; each carries the true residual of its eigenpair (UNCONVERGED above 1e-10)."},
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
        boolean split = s.sectors() > 1;
        sb.append("eigenvalues          (nearest zero; Re = -decay rate, Im = frequency"
                + (split ? "; q = charge difference of the sector" : "") + "; residual = ||L v - λ v|| / (||L||_1 ||v||))\n");
        for (ComputedEigenvalue c : s.computed()) {
            Eigenvalue e = c.value();
            boolean zero = e.abs() <= s.zeroTolerance();
            String q = split ? String.format(Locale.ROOT, " q=%-3s", sectorText(c.sector())) : "";
            sb.append(String.format(Locale.ROOT, "  %-20s %-20s%s residual %.1e%s%s", Numbers.format(clean(e.re(), s)),
                    Numbers.format(clean(e.im(), s)), q, c.accuracy().residual(), zero ? "  zero" : "",
                    flag(c.accuracy())).stripTrailing()).append('\n');
        }
        row(sb, "zero eigenvalues", s.zeroCount() + (saturated(s) ? " (at least: every computed eigenvalue is zero; raise --count)" : "")
                + (s.zeroCount() == 1 ? "  (unique steady state)" : s.zeroCount() > 1 ? "  (the steady state is not unique)" : ""));
        row(sb, "gap", Numbers.format(s.gap()));
        row(sb, "relaxation time", Numbers.format(s.relaxationTime()) + "  (1/gap)");
        if (s.illConditionedCount() > 0) {
            row(sb, "ill-conditioned", s.illConditionedCount() + " eigenvalue(s) (nearly) defective: another computed eigenvalue "
                    + "shares the eigenvector; each is only known to within the ± shown (a small residual does not bound its error)");
        }
        if (s.unconvergedCount() > 0) {
            row(sb, "unconverged", s.unconvergedCount() + " of " + s.computed().size() + " pairs above the residual tolerance "
                    + String.format(Locale.ROOT, "%.0e", tolerance(s)) + " (their eigenvalues are less accurate; a defective "
                    + "eigenvalue of multiplicity m has a residual near 1e-16^(1/m))");
        }
        row(sb, "method", s.method().name().toLowerCase(Locale.ROOT)
                + (split ? "  (" + s.sectors() + " charge-difference blocks |q| = 0.." + (s.sectors() - 1) + ")" : ""));
        row(sb, "seconds", String.format(Locale.ROOT, "%.3f", seconds));
        return sb.toString();
    }

    private static String flag(Accuracy a) {
        if (a instanceof Accuracy.Unconverged) {
            return "  UNCONVERGED";
        }
        if (a instanceof Accuracy.IllConditioned i) {
            return String.format(Locale.ROOT, "  ILL-CONDITIONED (±%.1e)", i.uncertainty());
        }
        return "";
    }

    private static String accuracyName(Accuracy a) {
        if (a instanceof Accuracy.Unconverged) {
            return "unconverged";
        }
        if (a instanceof Accuracy.IllConditioned) {
            return "ill_conditioned";
        }
        return "converged";
    }

    private static double tolerance(LiouvillianSpectrum s) {
        for (ComputedEigenvalue c : s.computed()) {
            if (c.accuracy() instanceof Accuracy.Unconverged u) {
                return u.tolerance();
            }
        }
        return Double.NaN;
    }

    /** The sector's q for people: "1", "-2", or "±1" when the sign was not resolved. */
    private static String sectorText(Sector sector) {
        if (sector instanceof Sector.ChargeDifference d) {
            return Integer.toString(d.q());
        }
        if (sector instanceof Sector.EitherSign e) {
            return "\u00b1" + e.magnitude();
        }
        return "";
    }

    private static String json(String model, ModelInstance instance, LiouvillianSpectrum s, double seconds) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", model);
        doc.put("parameters", instance.parameters());
        List<Map<String, Object>> ev = new ArrayList<>();
        for (ComputedEigenvalue c : s.computed()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("re", c.value().re());
            x.put("im", c.value().im());
            Integer q = null;
            Integer qAbs = null;
            if (c.sector() instanceof Sector.ChargeDifference d) {
                q = d.q();
                qAbs = Math.abs(d.q());
            } else if (c.sector() instanceof Sector.EitherSign e) {
                qAbs = e.magnitude();
            }
            x.put("q", q);
            x.put("q_abs", qAbs);
            x.put("residual", c.accuracy().residual());
            x.put("converged", c.converged());
            x.put("accuracy", accuracyName(c.accuracy()));
            x.put("uncertainty", c.accuracy() instanceof Accuracy.IllConditioned i ? i.uncertainty() : null);
            ev.add(x);
        }
        doc.put("eigenvalues", ev);
        doc.put("zero_count", s.zeroCount());
        doc.put("zero_count_saturated", saturated(s));
        doc.put("gap", Double.isFinite(s.gap()) ? s.gap() : null);
        doc.put("relaxation_time", Double.isFinite(s.relaxationTime()) ? s.relaxationTime() : null);
        doc.put("zero_tolerance", s.zeroTolerance());
        doc.put("method", s.method().name().toLowerCase(Locale.ROOT));
        doc.put("charge_sectors", s.sectors());
        doc.put("krylov_dimension", s.krylovDimension());
        doc.put("restarts", s.restarts());
        doc.put("max_residual", s.maxResidual());
        doc.put("unconverged", s.unconvergedCount());
        doc.put("ill_conditioned", s.illConditionedCount());
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
