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
 * a {@code .npy} name is refused before anything is solved.
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
