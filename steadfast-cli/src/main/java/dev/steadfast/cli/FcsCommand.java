package dev.steadfast.cli;

import dev.steadfast.cli.sweep.AtomicFiles;
import dev.steadfast.cli.sweep.GridAxis;
import dev.steadfast.cli.sweep.SweepPlots;
import dev.steadfast.counting.CountingField;
import dev.steadfast.counting.Cumulants;
import dev.steadfast.counting.TiltedGenerator;
import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.measure.MeasureException;
import dev.steadfast.model.LindbladModel;
import dev.steadfast.model.Model;
import dev.steadfast.model.ModelInstance;
import dev.steadfast.model.SolvedPoint;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.system.OpenSystem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code steadfast fcs MODEL --bath NAME --chi a:b:n [--energy] [--out DIR]}: full counting statistics of
 * one bath — the scaled cumulants c1..c4 at the steady state and the scaled cumulant generating
 * function θ(s) on a grid of real counting fields (CSV on stdout; with --out also a CSV file and a plot).
 */
@Command(name = "fcs", mixinStandardHelpOptions = true,
        description = {
            "Full counting statistics of the particles (or, with --energy, the energy) a bath transfers into the system: "
                + "the scaled cumulants c1 (mean current) .. c4 at the steady state, by the recursive Drazin-inverse scheme, "
                + "and the scaled cumulant generating function theta(s), the eigenvalue of largest real part of the tilted "
                + "generator L(s), on a grid of real counting fields s (theta(0) = 0, theta'(0) = c1)."},
        footer = {"", "Example: steadfast fcs single-level-dot --bath left --chi -1:1:21 --out out/"})
final class FcsCommand implements Callable<Integer> {
    private static final int ORDER = 4;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--bath", required = true, paramLabel = "NAME", description = "The named dissipator (lead or bath) to count.")
    String bath;

    @Option(names = "--chi", required = true, paramLabel = "A:B:N", description = "The counting fields s: start:stop:count, "
            + "or a list v1,v2,...")
    String chi;

    @Option(names = "--energy", description = "Count the energy carried by each jump instead of the particles.")
    boolean energy;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write DIR/fcs-BATH.csv and DIR/fcs-BATH.png.")
    Path out;

    @Override
    public Integer call() throws Exception {
        GridAxis grid = GridAxis.parse("s=" + chi);
        Model m = model.resolve();
        ModelInstance instance = model.instantiate(m);
        if (!(instance.kind() instanceof LindbladModel lindblad)) {
            throw new BadInputException("fcs: counting statistics are available for Lindblad models (local baths, leads and "
                    + "Davies global baths), not for " + (instance.isEnsemble() ? "ensembles" : "Bloch-Redfield models"));
        }
        OpenSystem system = lindblad.system();
        CountingField field;
        try {
            field = energy ? CountingField.energy(system, bath) : CountingField.particles(system, bath);
        } catch (MeasureException e) {
            throw new BadInputException("--bath " + bath + ": " + e.getMessage());
        }
        SolvedPoint p = instance.solve(SteadyStateOptions.defaults());
        if (!p.isUnique()) {
            throw new BadInputException("fcs: the steady state of " + m.name() + " is not unique, so its counting statistics "
                    + "are not defined");
        }
        LindbladGenerator generator = LindbladGenerator.of(system);
        double[] c = new Cumulants(generator).of(p.rho(), field, ORDER);
        TiltedGenerator tilted = new TiltedGenerator(generator, field);
        List<Double> s = new ArrayList<>();
        List<Double> theta = new ArrayList<>();
        StringBuilder csv = new StringBuilder("s,theta\n");
        for (double x : grid.values()) {
            double t = tilted.theta(x);
            s.add(x);
            theta.add(t);
            csv.append(String.format(Locale.ROOT, "%.17g,%.17g%n", x, t));
        }
        PrintWriter o = spec.commandLine().getOut();
        o.print(header(m.name(), c));
        o.print(csv);
        if (out != null) {
            Files.createDirectories(out);
            AtomicFiles.writeString(out.resolve("fcs-" + bath + ".csv"), csv.toString());
            AtomicFiles.write(out.resolve("fcs-" + bath + ".png"), stream -> Png.write(
                    SweepPlots.line(m.name() + ": " + (energy ? "energy" : "particles") + " from " + bath, "s", "theta(s)", s, theta,
                            false, grid.size() <= 41), stream));
        }
        o.flush();
        return ExitCodes.OK;
    }

    private String header(String name, double[] c) {
        StringBuilder sb = new StringBuilder();
        sb.append("# model ").append(name).append(", bath ").append(bath).append(energy ? ", energy" : ", particles")
                .append(" into the system\n");
        for (int k = 1; k <= ORDER; k++) {
            sb.append(String.format(Locale.ROOT, "# c%d %.17g%n", k, c[k]));
        }
        sb.append(String.format(Locale.ROOT, "# fano %.17g%n", c[2] / Math.abs(c[1])));
        return sb.toString();
    }
}
