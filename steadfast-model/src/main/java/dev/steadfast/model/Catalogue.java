package dev.steadfast.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in models, shipped as model files under {@code dev/steadfast/model/catalogue/}
 * (listed, in order, in {@code index.txt} there). Each has a {@code reference:} block that the
 * catalogue tests reproduce.
 */
public final class Catalogue {
    private static final String DIR = "/dev/steadfast/model/catalogue/";

    private Catalogue() {
    }

    /** The built-in names, in catalogue order. */
    public static List<String> names() {
        return Index.NAMES;
    }

    /** Every built-in model, in catalogue order. */
    public static List<Model> all() {
        return Holder.MODELS;
    }

    /**
     * The built-in model of that name: the file named like it when that file declares that name
     * (read alone, so a command that names one model does not parse the whole catalogue),
     * otherwise the first model in catalogue order that has it.
     */
    public static Optional<Model> find(String name) {
        if (Index.NAMES.contains(name)) {
            Model m = load(name);
            if (m.name().equals(name)) {
                return Optional.of(m);
            }
        }
        return Holder.MODELS.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** A model file path or a built-in name: a path that exists wins; otherwise a built-in name. */
    public static Model resolve(String fileOrName) throws ModelException {
        try {
            Path p = Path.of(fileOrName);
            if (Files.isRegularFile(p)) {
                return Model.load(p);
            }
            if ((Files.exists(p) || Files.isSymbolicLink(p)) && find(fileOrName).isEmpty()) {
                throw new ModelException(fileOrName, 0, null, "is " + ModelFile.kind(p) + ", not a model file");
            }
        } catch (InvalidPathException e) {
            // not a path: try it as a name
        }
        Optional<Model> m = find(fileOrName);
        if (m.isPresent()) {
            return m.get();
        }
        throw new ModelException(fileOrName, 0, null, "no such model file, and no built-in model of that name "
                + "(built-in models: " + String.join(", ", names()) + ")");
    }

    /** The names in index.txt, read on first use. */
    private static final class Index {
        static final List<String> NAMES = readIndex();
    }

    private static final class Holder {
        static final List<Model> MODELS = loadAll();
    }

    private static List<String> readIndex() {
        List<String> out = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static List<Model> loadAll() {
        List<Model> out = new ArrayList<>();
        for (String name : Index.NAMES) {
            out.add(load(name));
        }
        return List.copyOf(out);
    }

    private static Model load(String name) {
        try {
            return Model.parse(resource(name + ".yaml"), name + ".yaml (built-in)");
        } catch (ModelException e) {
            throw new IllegalStateException("built-in model " + name + " is broken: " + e.getMessage(), e);
        }
    }

    private static String resource(String file) {
        try (InputStream in = Catalogue.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing catalogue resource " + DIR + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
