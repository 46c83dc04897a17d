package dev.steadfast.model;

import java.util.List;
import java.util.Optional;

/** The built-in models, shipped as model files under resources. */
public final class Catalogue {
    private Catalogue() {
    }

    public static List<Model> all() { throw new UnsupportedOperationException(); }

    public static Optional<Model> find(String name) { throw new UnsupportedOperationException(); }

    /** A model file path or a built-in name: a path that exists wins; otherwise a built-in name. */
    public static Model resolve(String fileOrName) throws ModelException { throw new UnsupportedOperationException(); }
}
