package dev.steadfast.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steadfast.dynamics.InitialStates;
import dev.steadfast.linalg.CMatrix;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A density matrix in a JSON file ({@code --initial file:PATH}):
 * <pre>
 * {"re": [[0.5, 0.5], [0.5, 0.5]],
 *  "im": [[0, 0], [0, 0]]}          (optional: zero when absent)
 * </pre>
 * d x d arrays in the model's basis (tensor order, the last site fastest, level 0 first). The
 * matrix must be Hermitian, of trace 1 and positive semidefinite (to 1e-10).
 */
final class DensityMatrixFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DensityMatrixFile() {
    }

    static DensityMatrix read(Path file, Space space) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.has("re")) {
            throw new IllegalArgumentException(file + ": expected a JSON object {\"re\": [[...]], \"im\": [[...]]}");
        }
        int d = space.dimension();
        double[][] re = square(root.get("re"), d, file, "re");
        double[][] im = root.has("im") ? square(root.get("im"), d, file, "im") : new double[d][d];
        CMatrix m = new CMatrix(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                m.set(i, j, re[i][j], im[i][j]);
            }
        }
        return InitialStates.of(space, m);
    }

    private static double[][] square(JsonNode n, int d, Path file, String key) {
        if (!n.isArray() || n.size() != d) {
            throw new IllegalArgumentException(file + ": \"" + key + "\" must be a " + d + " x " + d + " array (the model's dimension)");
        }
        double[][] out = new double[d][d];
        for (int i = 0; i < d; i++) {
            JsonNode row = n.get(i);
            if (!row.isArray() || row.size() != d) {
                throw new IllegalArgumentException(file + ": row " + (i + 1) + " of \"" + key + "\" must have " + d + " numbers");
            }
            for (int j = 0; j < d; j++) {
                if (!row.get(j).isNumber()) {
                    throw new IllegalArgumentException(file + ": \"" + key + "\"[" + (i + 1) + "][" + (j + 1) + "] is not a number");
                }
                out[i][j] = row.get(j).asDouble();
            }
        }
        return out;
    }
}
