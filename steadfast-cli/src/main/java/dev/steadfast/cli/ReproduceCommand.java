package dev.steadfast.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steadfast.model.Catalogue;
import dev.steadfast.model.Model;
import dev.steadfast.model.ReferenceChecks;
import dev.steadfast.model.ReferenceChecks.Outcome;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steadfast reproduce [NAME...]}: every check of the models' {@code reference:} blocks, as a table or JSON. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {
            "Solve the reference checks of every built-in model (or of the named models or model files) and compare "
                + "each value with its reference: closed forms, published numbers and independent codes, as recorded in the "
                + "model's reference: block. Exits 1 when any check fails."},
        footer = {"", "Examples: steadfast reproduce", "          steadfast reproduce pumped-pair xx-chain --format json"})
final class ReproduceCommand implements Callable<Integer> {
    static final int PAPER_WIDTH = 32;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Built-in model names or model files; default: every built-in model.")
    List<String> names = new ArrayList<>();

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws Exception {
        List<Model> models = new ArrayList<>();
        for (String n : names) {
            models.add(Catalogue.resolve(n));
        }
        if (models.isEmpty()) {
            models = Catalogue.all();
        }
        long t0 = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        for (Model m : models) {
            outcomes.addAll(ReferenceChecks.run(m));
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        long failed = outcomes.stream().filter(o -> !o.passed()).count();
        PrintWriter o = spec.commandLine().getOut();
        o.print(format.isJson() ? json(outcomes, failed, seconds) + "\n" : table(models, outcomes, failed, seconds));
        o.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.NUMERICAL_FAILURE;
    }

    private static String table(List<Model> models, List<Outcome> outcomes, long failed, double seconds) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"model", "paper/source", "measure", "expected", "got", "|diff|", "tolerance", "pass"});
        for (Outcome o : outcomes) {
            String measure = o.where().isEmpty() ? o.measure() : o.measure() + " (" + o.where() + ")";
            boolean uniqueness = o.check() == null;
            rows.add(new String[] {o.model(), shorten(o.source()), measure,
                uniqueness ? "not unique" : Numbers.format(o.expected()),
                uniqueness ? uniqueness(o.got()) : Numbers.format(o.got()),
                uniqueness ? "" : Numbers.brief(o.difference()), uniqueness ? "" : Numbers.brief(o.tolerance()), o.passed() ? "yes" : "NO"});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(String.format(Locale.ROOT, "%-" + width[i] + "s  ", r[i]));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        for (Outcome o : outcomes) {
            if (!o.note().isEmpty()) {
                sb.append("failed: ").append(o.model()).append(' ').append(o.measure()).append(": ").append(o.note()).append('\n');
            }
        }
        sb.append("\nsources\n");
        for (Model m : models) {
            sb.append("  ").append(m.name()).append(": ").append(oneLine(m.referenceBlock().source())).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%n%d checks on %d models, %d failed, %.1f s%n", outcomes.size(), models.size(), failed,
                seconds));
        return sb.toString();
    }

    /** The computed side of the uniqueness check of {@code unique: false}: 0 not unique, 1 unique, NaN not computed. */
    private static String uniqueness(double got) {
        return got == 0 ? "not unique" : got == 1 ? "unique" : "?";
    }

    /** The first {@code PAPER_WIDTH} characters of a source text, on one line. */
    static String shorten(String source) {
        String s = oneLine(source);
        return s.length() <= PAPER_WIDTH ? s : s.substring(0, PAPER_WIDTH - 1).stripTrailing() + "…";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String json(List<Outcome> outcomes, long failed, double seconds) throws Exception {
        List<Map<String, Object>> checks = new ArrayList<>();
        for (Outcome o : outcomes) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("model", o.model());
            c.put("source", oneLine(o.source()));
            c.put("measure", o.measure());
            if (o.check() != null) {
                c.put("at", o.check().at());
                c.put("initial", o.check().initial());
                c.put("time", o.check().time());
            }
            c.put("expected", o.expected());
            c.put("got", finite(o.got()));
            c.put("difference", finite(o.difference()));
            c.put("tolerance", o.tolerance());
            c.put("pass", o.passed());
            if (!o.note().isEmpty()) {
                c.put("error", o.note());
            }
            checks.add(c);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("checks", checks);
        doc.put("total", outcomes.size());
        doc.put("failed", failed);
        doc.put("seconds", seconds);
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
