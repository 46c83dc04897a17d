package dev.steadfast.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steadfast.gaussian.GaussianState;
import dev.steadfast.model.GaussianModel;
import dev.steadfast.model.ModelInstance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The state file of a Gaussian model (all sites oscillators; {@code steady --state FILE.json},
 * {@code evolve --states}, {@code sweep --states}): its first moments and covariance matrix, not a
 * density matrix (there is none without a truncation).
 * <pre>
 * {"kind": "gaussian",
 *  "convention": "r = (x1, p1, x2, p2, ...) ...",
 *  "sites": ["c1", "c2"],                          one name per mode, in site order
 *  "quadratures": ["x(c1)", "p(c1)", "x(c2)", "p(c2)"],
 *  "means": [...],                                  ⟨r_i⟩, length 2n
 *  "covariance": [[...], ...]}                      V_ij = ⟨{Δr_i, Δr_j}⟩/2, 2n × 2n (vacuum I/2)
 * </pre>
 * JSON only: an {@code .npy} file holds one array, and the state is two (means and covariance), so
 * a {@code .npy} name is refused before anything is solved. Read back by {@code --initial file:PATH}
 * ({@link #read}): the same sites in the same order, finite numbers, a symmetric covariance that
 * obeys the uncertainty principle {@code V + iΩ/2 ≥ 0}.
 */
final class MomentsFile {
    /** The value of the {@code kind} key. */
    static final String KIND = "gaussian";
    private static final ObjectMapper JSON = new ObjectMapper();

    private MomentsFile() {
    }

    /** Refuses any file name but {@code .json} for a Gaussian model's state. */
    static void check(Path file, String option) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new BadInputException(option + " " + file + ": a Gaussian model's state is its first moments and "
                    + "covariance matrix (two arrays), not a density matrix; write it to a .json file (sites, "
                    + "quadratures, means, covariance)");
        }
    }

    /** The mode names of a Gaussian model instance, in the order of its quadratures. */
    static List<String> modeNames(ModelInstance instance) {
        return ((GaussianModel) instance.kind()).modeNames();
    }

    /** Writes the moments of {@code g} to {@code file} (parent directories created). */
    static void write(Path file, GaussianState g, List<String> modes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, json(g, modes) + "\n", StandardCharsets.UTF_8);
    }

    /** Symmetry tolerance of a covariance read back, relative to its largest entry (printed digits are exact). */
    private static final double SYMMETRY = 1e-12;
    /** The uncertainty principle's tolerance on the smallest eigenvalue of V + iΩ/2 (relative to ½). */
    private static final double UNCERTAINTY = 1e-9;

    /**
     * The moments in {@code file} for a model whose modes are {@code modes}, in their order; a
     * problem with the file is an IllegalArgumentException naming it (the caller reports it as bad
     * input).
     */
    static GaussianState read(Path file, List<String> modes) {
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject() || !KIND.equals(root.path("kind").asText())) {
            throw new IllegalArgumentException(file + ": not a Gaussian state file (expected {\"kind\": \"gaussian\", "
                    + "\"sites\", \"means\", \"covariance\"}, as `steady --state FILE.json` writes for a Gaussian model)");
        }
        List<String> sites = new ArrayList<>();
        root.path("sites").forEach(n -> sites.add(n.asText()));
        if (!sites.equals(modes)) {
            throw new IllegalArgumentException(file + ": its sites " + sites + " are not the model's oscillators " + modes
                    + " (same names, same order)");
        }
        int n = 2 * modes.size();
        double[] means = vector(root.path("means"), n, file);
        double[][] v = new double[n][];
        com.fasterxml.jackson.databind.JsonNode cov = root.path("covariance");
        if (!cov.isArray() || cov.size() != n) {
            throw new IllegalArgumentException(file + ": \"covariance\" must be a " + n + " x " + n + " array");
        }
        double largest = 0;
        for (int i = 0; i < n; i++) {
            v[i] = vector(cov.get(i), n, file);
            for (double x : v[i]) {
                largest = Math.max(largest, Math.abs(x));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (Math.abs(v[i][j] - v[j][i]) > SYMMETRY * largest) {
                    throw new IllegalArgumentException(String.format("%s: the covariance is not symmetric (entries (%d, %d) "
                            + "and (%d, %d): %.17g vs %.17g)", file, i + 1, j + 1, j + 1, i + 1, v[i][j], v[j][i]));
                }
                double mean = 0.5 * (v[i][j] + v[j][i]);
                v[i][j] = mean;
                v[j][i] = mean;
            }
        }
        double minimum = dev.steadfast.gaussian.Symplectic.uncertaintyMinEigenvalue(v);
        if (!(minimum >= -UNCERTAINTY)) {
            throw new IllegalArgumentException(String.format("%s: the covariance violates the uncertainty principle "
                    + "V + iΩ/2 >= 0 (smallest eigenvalue %.3g; the vacuum is V = I/2)", file, minimum));
        }
        return new GaussianState(means, v);
    }

    private static double[] vector(com.fasterxml.jackson.databind.JsonNode node, int n, Path file) {
        if (node == null || !node.isArray() || node.size() != n) {
            throw new IllegalArgumentException(file + ": expected " + n + " numbers (2 per oscillator: x, p), got "
                    + (node == null || !node.isArray() ? "no array" : node.size()));
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            com.fasterxml.jackson.databind.JsonNode x = node.get(i);
            if (!x.isNumber() || !Double.isFinite(x.asDouble())) {
                throw new IllegalArgumentException(file + ": '" + x + "' is not a finite number");
            }
            out[i] = x.asDouble();
        }
        return out;
    }

    /** The JSON document (see the class comment). */
    static String json(GaussianState g, List<String> modes) {
        if (modes.size() != g.modes()) {
            throw new IllegalArgumentException(modes.size() + " mode names for a state of " + g.modes() + " modes");
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", KIND);
        doc.put("convention", GaussianReport.CONVENTION);
        doc.put("sites", modes);
        List<String> quadratures = new ArrayList<>();
        for (String m : modes) {
            quadratures.add("x(" + m + ")");
            quadratures.add("p(" + m + ")");
        }
        doc.put("quadratures", quadratures);
        Map<String, Object> moments = GaussianReport.json(g);
        doc.put("means", moments.get("means"));
        doc.put("covariance", moments.get("covariance"));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
