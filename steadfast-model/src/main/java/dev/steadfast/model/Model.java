package dev.steadfast.model;

import dev.steadfast.model.build.Instantiator;
import dev.steadfast.model.build.ParametricLindblad;
import dev.steadfast.model.build.Parameters;
import dev.steadfast.model.build.Sites;
import dev.steadfast.model.read.ModelReader;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed model file (format v1, see docs/model-format.md): parameters, sites, Hamiltonian,
 * dissipators and measures, not yet evaluated at a parameter point. Immutable and thread-safe;
 * {@link #instantiate(Map)} evaluates it at one point.
 *
 * <p>Reading checks the YAML/JSON structure, every key and the syntax of every expression, and
 * evaluates the parameters at their defaults. Names of sites, operators on the right kind of
 * site, measures and physical validity (Hermitian H, rates >= 0, ...) are checked by
 * {@link #instantiate}, still before any steady-state solve. Every problem is a
 * {@link ModelException} naming the file, the line and the entry.
 */
public final class Model {
    private final ModelSpec spec;

    private Model(ModelSpec spec) {
        this.spec = spec;
    }

    /** Reads and checks a YAML or JSON model file; error messages name the path as given. */
    public static Model load(Path file) throws ModelException {
        String text = ModelFile.read(file);
        String base = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return parse(text, file.toString(), base.replaceFirst("\\.(ya?ml|json)$", ""));
    }

    /** Parses model text; {@code sourceName} is used in error messages. */
    public static Model parse(String text, String sourceName) throws ModelException {
        return parse(text, sourceName, sourceName.replaceFirst("^.*[/\\\\]", "").replaceFirst("\\.(ya?ml|json)$", ""));
    }

    private static Model parse(String text, String sourceName, String defaultName) throws ModelException {
        Model m = new Model(ModelReader.read(text, sourceName, defaultName));
        Parameters.evaluate(m.spec, Map.of());
        return m;
    }

    public String name() { return spec.name(); }
    public String description() { return spec.description(); }
    /** The text the model was read from (what {@code models show} prints). */
    public String sourceText() { return spec.text(); }
    /** The file or built-in name used in error messages. */
    public String source() { return spec.source(); }
    /** Parameter names in file order. */
    public List<String> parameterNames() { return spec.parameters().stream().map(Specs.Parameter::name).toList(); }
    /** Measure names in file order. */
    public List<String> measureNames() { return spec.measures().stream().map(Specs.MeasureDecl::name).toList(); }
    /** The {@code reference:} block as plain data (empty when absent). */
    public Map<String, Object> reference() { return spec.reference(); }

    /**
     * Whether the model's generator is a truncation (a hierarchy, {@code type: heom}) whose
     * solutions come with a convergence report ({@link SolvedPoint#convergence()}).
     */
    public boolean isTruncated() { return !spec.heomBaths().isEmpty(); }
    /** The {@code reference:} block, checked ({@link Reference#NONE} when absent). */
    public Reference referenceBlock() { return spec.typedReference(); }

    /** Parameter values at the given overrides, in file order (dependents recomputed). */
    public Map<String, Double> parameters(Map<String, Double> overrides) throws ModelException {
        return Parameters.evaluate(spec, overrides);
    }

    /**
     * The Hilbert-space dimension at the given overrides, computed from the sites alone (no
     * allocation); {@link Long#MAX_VALUE} when it does not fit in a long. For an ensemble of N
     * members this is 2^N, although it is solved with only C(N+3, 3) unknowns.
     */
    public long hilbertDimension(Map<String, Double> overrides) throws ModelException {
        double d = Sites.dimension(spec, Parameters.evaluate(spec, overrides));
        return d >= 0x1p63 ? Long.MAX_VALUE : (long) d;
    }

    /**
     * Refuses, without allocating anything, a model whose steady state cannot fit in this JVM's
     * memory at the given overrides (an ensemble is judged by its Dicke-basis unknowns, anything
     * else by its Hilbert-space dimension); the message names the file, the line of the sites and
     * the memory needed. {@link #instantiate} makes the same check.
     */
    public void requireFits(Map<String, Double> overrides) throws ModelException {
        Sites.requireFits(spec, Parameters.evaluate(spec, overrides));
    }

    /**
     * Evaluates the model at a parameter point: {@code overrides} replace parameter values (an
     * unknown name is an error); dependent parameters are recomputed from them. A model whose
     * steady state cannot fit in memory is refused before anything is allocated. An ensemble model
     * is checked for permutation symmetry here. Solve the result with {@link ModelInstance#solve}.
     */
    public ModelInstance instantiate(Map<String, Double> overrides) throws ModelException {
        return new ModelInstance(spec, Instantiator.build(spec, overrides));
    }

    /**
     * Whether the size of a site depends on one of these parameters (directly or through
     * parameters computed from them): when it does not, the memory check of one point holds for
     * every point of a sweep of them.
     */
    public boolean sitesDependOn(java.util.Collection<String> swept) {
        return ParametricLindblad.sitesDependOn(spec, swept);
    }

    /**
     * The model compiled for a sweep of {@code swept}: a Lindblad model whose generator is a fixed
     * linear combination of terms with coefficients that are functions of the swept parameters
     * ({@link ParametricLindblad}), or the reason it is not (then each point is instantiated).
     *
     * @param checkPoints overrides (fixed and swept) of a few points of the sweep, the first
     *                    where the fixed parts are evaluated; the compiled generator must agree
     *                    with the per-point assembly at each
     */
    public ParametricLindblad.Compilation compileForSweep(java.util.Collection<String> swept,
                                                          List<Map<String, Double>> checkPoints,
                                                          dev.steadfast.steady.SteadyStateOptions options) {
        return ParametricLindblad.compile(spec, swept, checkPoints, options);
    }

    @Override
    public String toString() {
        return "Model " + name() + " (" + spec.source() + ")";
    }
}
