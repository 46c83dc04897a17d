package dev.steadfast.cli.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steadfast.cli.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What identifies a sweep, stored as {@code DIR/sweep.json} when it starts: the model (name and
 * a SHA-256 of its text), the grid, the fixed {@code --set} values, the CSV columns, the shard of
 * the grid ({@code 1/1} for all of it) and the steadfast version. {@code --resume} continues a
 * directory only when the stored fingerprint equals the requested one (the version aside);
 * {@code merge} requires shards whose fingerprints are equal but for the shard, version included.
 *
 * @param model       model name
 * @param modelSha256 SHA-256 of the model's text
 * @param grid        the grid axes
 * @param fixed       parameters fixed by --set
 * @param columns     the columns of results.csv
 * @param shard       the part of the grid the directory holds
 * @param version     the steadfast version that started the sweep ("" when not recorded)
 */
public record SweepFingerprint(String model, String modelSha256, List<Axis> grid, Map<String, Double> fixed,
                               List<String> columns, Shard shard, String version) {
    public static final String FILE = "sweep.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One grid axis as stored. */
    public record Axis(String name, String spec, List<Double> values) {
    }

    public SweepFingerprint {
        grid = List.copyOf(grid);
        fixed = new TreeMap<>(fixed);
        columns = List.copyOf(columns);
        shard = shard == null ? Shard.ALL : shard;
        version = version == null ? "" : version;
    }

    public static SweepFingerprint of(String model, String modelText, Grid grid, Map<String, Double> fixed,
                                      List<String> columns, Shard shard, String version) {
        List<Axis> axes = new ArrayList<>();
        for (GridAxis a : grid.axes()) {
            List<Double> v = new ArrayList<>();
            for (double x : a.values()) {
                v.add(x);
            }
            axes.add(new Axis(a.name(), a.spec(), v));
        }
        return new SweepFingerprint(model, sha256(modelText), axes, fixed, columns, shard, version);
    }

    /** Writes the fingerprint atomically. */
    public void write(Path file) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("steadfast_sweep", 1);
        m.put("model", model);
        m.put("model_sha256", modelSha256);
        List<Object> axes = new ArrayList<>();
        for (Axis a : grid) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("name", a.name());
            am.put("spec", a.spec());
            am.put("values", a.values());
            axes.add(am);
        }
        m.put("grid", axes);
        m.put("set", fixed);
        m.put("columns", columns);
        m.put("shard", shard.toString());
        m.put("steadfast_version", version);
        AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n");
    }

    /** Reads a stored fingerprint; an unreadable one is bad input. */
    public static SweepFingerprint read(Path file) throws IOException {
        try {
            JsonNode n = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            List<Axis> axes = new ArrayList<>();
            for (JsonNode a : n.required("grid")) {
                List<Double> v = new ArrayList<>();
                a.required("values").forEach(x -> v.add(x.doubleValue()));
                axes.add(new Axis(a.required("name").asText(), a.required("spec").asText(), v));
            }
            Map<String, Double> fixed = new TreeMap<>();
            n.required("set").fields().forEachRemaining(e -> fixed.put(e.getKey(), e.getValue().doubleValue()));
            List<String> columns = new ArrayList<>();
            n.required("columns").forEach(c -> columns.add(c.asText()));
            Shard shard = n.has("shard") ? Shard.parse(n.get("shard").asText()) : Shard.ALL;
            String version = n.has("steadfast_version") ? n.get("steadfast_version").asText() : "";
            return new SweepFingerprint(n.required("model").asText(), n.required("model_sha256").asText(), axes,
                    fixed, columns, shard, version);
        } catch (IOException | IllegalArgumentException | BadInputException e) {
            throw new BadInputException(file + ": not a readable sweep fingerprint (" + e.getMessage() + ")");
        }
    }

    /** Why {@code other} is a different sweep, or null when it is the same one. */
    public String difference(SweepFingerprint other) {
        if (!model.equals(other.model)) {
            return "the model is '" + model + "', not '" + other.model + "'";
        }
        if (!modelSha256.equals(other.modelSha256)) {
            return "the model '" + model + "' has changed since the sweep started";
        }
        if (!grid.equals(other.grid)) {
            return "the grid is " + describe(grid) + ", not " + describe(other.grid);
        }
        if (!fixed.equals(other.fixed)) {
            return "the --set values are " + fixed + ", not " + other.fixed;
        }
        if (!columns.equals(other.columns)) {
            return "the columns are " + columns + ", not " + other.columns;
        }
        if (!shard.equals(other.shard)) {
            return "it holds shard " + shard + " of the grid, not " + other.shard;
        }
        return null;
    }

    /** This fingerprint for another shard of the same sweep. */
    public SweepFingerprint withShard(Shard s) {
        return new SweepFingerprint(model, modelSha256, grid, fixed, columns, s, version);
    }

    /** The grid as stored (the axes re-parsed from their specs, checked against the stored values). */
    public Grid toGrid() {
        List<GridAxis> axes = new ArrayList<>();
        for (Axis a : grid) {
            GridAxis g = GridAxis.parse(a.name() + "=" + a.spec());
            List<Double> v = new ArrayList<>();
            for (double x : g.values()) {
                v.add(x);
            }
            if (!v.equals(a.values())) {
                throw new BadInputException("the grid axis " + a.name() + "=" + a.spec() + " stored in a sweep.json "
                        + "has values that this version of steadfast does not reproduce");
            }
            axes.add(g);
        }
        return new Grid(axes);
    }

    /** The measure columns: the columns between the grid parameters and status/seconds/message. */
    public List<String> measures() {
        return columns.subList(grid.size(), columns.size() - ResultsCsv.TRAILING_COLUMNS.size());
    }

    private static String describe(List<Axis> axes) {
        return String.join(" ", axes.stream().map(a -> a.name() + "=" + a.spec()).toList());
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
