package dev.steadfast.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steadfast.gaussian.GaussianState;
import dev.steadfast.linalg.CMatrix;
import dev.steadfast.model.ModelInstance;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a density matrix ({@code steady --state FILE}) in the model's basis: tensor order of the
 * sites as declared, the last site fastest, level 0 first.
 * <ul>
 *   <li>{@code .json}: {@code {"sites": [...], "dims": [...], "basis": ["q1=0,q2=0", ...],
 *       "re": [[...]], "im": [[...]]}} — readable back by {@code --initial file:PATH};</li>
 *   <li>{@code .npy}: a d × d complex128 array (NPY format 1.0, little-endian, C order), what
 *       {@code numpy.load} reads.</li>
 * </ul>
 * A Gaussian model's state is its moments instead ({@link MomentsFile}, JSON only).
 */
final class StateFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StateFile() {
    }

    /** Checks the file name before any work is done: the extension must be .json or .npy. */
    static Path check(Path file, String option) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json") && !name.endsWith(".npy")) {
            throw new BadInputException(option + " " + file + ": the file name must end in .json or .npy");
        }
        return file;
    }

    /** As {@link #check(Path, String)}, and for a Gaussian model also {@link MomentsFile#check} (JSON only). */
    static Path check(Path file, String option, ModelInstance instance) {
        check(file, option);
        if (instance.isGaussian()) {
            MomentsFile.check(file, option);
        }
        return file;
    }

    /** Writes a state of {@code instance}: a density matrix, or a Gaussian model's moments. */
    static void write(Path file, Object state, ModelInstance instance) throws IOException {
        if (state instanceof GaussianState g) {
            MomentsFile.write(file, g, MomentsFile.modeNames(instance));
        } else {
            write(file, (DensityMatrix) state);
        }
    }

    /** Writes {@code rho} to {@code file}, in the format its extension names. */
    static void write(Path file, DensityMatrix rho) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy")) {
            Files.write(file, npy(rho.matrix()));
        } else {
            Files.writeString(file, json(rho) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** The JSON document: sites, dims, basis labels and the re/im arrays. */
    static String json(DensityMatrix rho) {
        Space space = rho.space();
        Map<String, Object> doc = new LinkedHashMap<>();
        List<String> sites = new ArrayList<>();
        List<Integer> dims = new ArrayList<>();
        for (int k = 0; k < space.size(); k++) {
            sites.add(space.site(k).name());
            dims.add(space.siteDimension(k));
        }
        doc.put("sites", sites);
        doc.put("dims", dims);
        doc.put("basis", labels(space));
        CMatrix m = rho.matrix();
        doc.put("re", rows(m, true));
        doc.put("im", rows(m, false));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Basis labels in index order: {@code q1=0,q2=1} (the syntax of {@code --initial}). */
    static List<String> labels(Space space) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < space.dimension(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < space.size(); k++) {
                sb.append(k == 0 ? "" : ",").append(space.site(k).name()).append('=').append(space.level(i, k));
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static List<double[]> rows(CMatrix m, boolean real) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < m.rows(); i++) {
            double[] row = new double[m.cols()];
            for (int j = 0; j < m.cols(); j++) {
                row[j] = real ? m.re(i, j) : m.im(i, j);
            }
            out.add(row);
        }
        return out;
    }

    /**
     * NPY 1.0: the magic {@code \x93NUMPY}, version 1.0, a little-endian uint16 header length, an
     * ASCII dict header padded with spaces and ended by a newline so that the data start at a
     * multiple of 64 bytes, then the complex128 entries (re, im) in row-major order.
     */
    static byte[] npy(CMatrix m) {
        String dict = "{'descr': '<c16', 'fortran_order': False, 'shape': (" + m.rows() + ", " + m.cols() + "), }";
        int unpadded = 10 + dict.length() + 1;
        int pad = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + 16 * m.rows() * m.cols()).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        b.putShort((short) header.length());
        b.put(header.getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                b.putDouble(m.re(i, j)).putDouble(m.im(i, j));
            }
        }
        return b.array();
    }
}
