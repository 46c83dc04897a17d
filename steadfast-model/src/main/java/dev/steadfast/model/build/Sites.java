package dev.steadfast.model.build;

import dev.steadfast.ensemble.DickeLadders;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.steady.ResourceEstimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sites of a model at a parameter point. {@link #dimension} works from the declarations alone
 * (no allocation), so that a model too large for memory is refused at once; {@link #layout}
 * builds the space after that check.
 */
public final class Sites {
    private Sites() {
    }

    /** The Hilbert dimension as a double (may be astronomically large). */
    public static double dimension(ModelSpec spec, Map<String, Double> params) throws ModelException {
        if (OscillatorSites.isGaussian(spec)) {
            return Double.POSITIVE_INFINITY;
        }
        double d = 1;
        for (Specs.SiteDecl s : spec.sites()) {
            d *= s.isArray() || s.isEnsemble() ? Math.pow(2, size(spec, s, params)) : dim(spec, s, params);
        }
        return d;
    }

    /** Refuses a model whose steady state cannot fit in this JVM's memory. */
    public static void requireFits(ModelSpec spec, Map<String, Double> params) throws ModelException {
        if (OscillatorSites.isGaussian(spec)) {
            GaussianModelBuilder.requireFits(spec, OscillatorSites.of(spec, params));
            return;
        }
        Specs.SiteDecl first = spec.sites().get(0);
        if (first.isEnsemble()) {
            requireEnsembleFits(spec, first, size(spec, first, params));
            return;
        }
        double d = dimension(spec, params);
        ResourceEstimate est = ResourceEstimate.forHilbertDimension(d);
        if (!est.fits(ResourceEstimate.availableBytes())) {
            throw new ModelException(spec.source(), spec.sites().get(0).line(), "sites",
                    "the model is too large to solve here: " + est.describe());
        }
    }

    /**
     * An ensemble of N members is solved in the Dicke basis: C(N+3, 3) real unknowns. N is limited
     * by {@link DickeLadders#MAX_N}; the memory estimate (a lower bound) counts about 80 vectors of
     * that length, what the preconditioned GMRES route keeps (its Krylov basis and preconditioner).
     */
    private static void requireEnsembleFits(ModelSpec spec, Specs.SiteDecl s, int n) throws ModelException {
        if (n > DickeLadders.MAX_N) {
            throw error(spec, s, "an ensemble has at most " + DickeLadders.MAX_N + " members, got " + n);
        }
        double unknowns = (n + 3.0) * (n + 2.0) * (n + 1.0) / 6;
        double bytes = 80 * 8 * unknowns;
        if (bytes > ResourceEstimate.availableBytes()) {
            throw new ModelException(spec.source(), s.line(), "sites", String.format("the model is too large to solve here: "
                    + "an ensemble of %d members has %.4g unknowns in the Dicke basis and needs at least %.3g GB; available %.3g GB",
                    n, unknowns, bytes / 0x1p30, ResourceEstimate.availableBytes() / 0x1p30));
        }
    }

    /** The space and arrays (or the ensemble); call {@link #requireFits} first. */
    public static SiteLayout layout(ModelSpec spec, Map<String, Double> params) throws ModelException {
        Specs.SiteDecl first = spec.sites().get(0);
        if (first.isEnsemble()) {
            return SiteLayout.ensemble(first.name(), size(spec, first, params));
        }
        List<Site> sites = new ArrayList<>();
        Map<String, int[]> arrays = new LinkedHashMap<>();
        for (Specs.SiteDecl s : spec.sites()) {
            if (s.isArray()) {
                int n = size(spec, s, params);
                arrays.put(s.name(), new int[] {sites.size(), n});
                for (int i = 1; i <= n; i++) {
                    String element = s.name() + "[" + i + "]";
                    sites.add(s.kind().equals("fermion") ? Site.fermion(element) : Site.qubit(element));
                }
                continue;
            }
            int d = dim(spec, s, params);
            sites.add(switch (s.kind()) {
                case "qubit" -> Site.qubit(s.name());
                case "fermion" -> Site.fermion(s.name());
                case "boson" -> Site.boson(s.name(), d);
                case "spin" -> Site.spin(s.name(), (d - 1) / 2.0);
                default -> Site.levels(s.name(), d);
            });
        }
        return new SiteLayout(new Space(sites), arrays);
    }

    private static int dim(ModelSpec spec, Specs.SiteDecl s, Map<String, Double> params) throws ModelException {
        if (s.size() == null) {
            return 2;
        }
        if (s.kind().equals("spin")) {
            double j = value(spec, s, params);
            if (j < 0 || Math.abs(2 * j - Math.rint(2 * j)) > 1e-9 || j > 1e6) {
                throw error(spec, s, "spin j must be a non-negative multiple of 1/2, got " + j);
            }
            return (int) Math.rint(2 * j) + 1;
        }
        return size(spec, s, params);
    }

    private static int size(ModelSpec spec, Specs.SiteDecl s, Map<String, Double> params) throws ModelException {
        double v = value(spec, s, params);
        String what = switch (s.kind()) {
            case "qubit" -> "the number of qubits";
            case "fermion" -> "the number of fermion modes";
            case "boson" -> "the boson cutoff (number of Fock levels)";
            case "ensemble" -> "the number of members of an ensemble";
            default -> "the number of levels";
        };
        if (Math.abs(v - Math.rint(v)) > 1e-9 || v < 1 || v > 1e9) {
            throw error(spec, s, what + " must be an integer >= 1, got " + v);
        }
        return (int) Math.rint(v);
    }

    private static double value(ModelSpec spec, Specs.SiteDecl s, Map<String, Double> params) throws ModelException {
        try {
            return new Evaluator(params, null).real(s.size().expr(), "a site size");
        } catch (ExprException e) {
            throw error(spec, s, e.getMessage() + ModelException.quoted(s.size().text()));
        }
    }

    private static ModelException error(ModelSpec spec, Specs.SiteDecl s, String problem) {
        return new ModelException(spec.source(), s.line(), "sites." + s.name(), problem);
    }
}
