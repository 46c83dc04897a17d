package dev.steadfast.model.build;

import dev.steadfast.heom.BathSpectrum;
import dev.steadfast.heom.Decomposition;
import dev.steadfast.heom.DrudeLorentzSpectrum;
import dev.steadfast.heom.HeomBath;
import dev.steadfast.heom.HeomSystem;
import dev.steadfast.heom.UnderdampedSpectrum;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.read.HeomBathDecl;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import dev.steadfast.operator.Operator;
import dev.steadfast.system.Jump;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code type: heom} entries of a model at one parameter point, with the model's H and its
 * Lindblad dissipators (lindblad, thermal and Davies global entries, as jumps of L_sys), turned
 * into one {@link HeomSystem}. All heom entries share one hierarchy, so they must give the same
 * {@code depth}. Not combinable with Bloch–Redfield baths (not of Lindblad form) nor with
 * ensemble sites (the hierarchy acts on the full space): both are errors naming the entry.
 */
final class HeomBaths {
    private final ModelSpec spec;
    private final Evaluator ev;

    HeomBaths(ModelSpec spec, Map<String, Double> params, SiteLayout layout) {
        this.spec = spec;
        this.ev = new Evaluator(params, layout);
    }

    static boolean present(ModelSpec spec) {
        return !spec.heomBaths().isEmpty();
    }

    static void refuseForEnsemble(ModelSpec spec) throws ModelException {
        if (present(spec)) {
            HeomBathDecl d = spec.heomBaths().get(0);
            throw new ModelException(spec.source(), d.line(), d.entry(), "heom baths act on the full space and are not "
                    + "supported for permutation-invariant ensembles ({ensemble: N} sites)");
        }
    }

    HeomSystem system(OpenSystem local) throws ModelException {
        HeomBathDecl first = spec.heomBaths().get(0);
        if (GlobalBaths.isRedfield(spec)) {
            throw new ModelException(spec.source(), first.line(), first.entry(), "heom baths cannot be combined with "
                    + "Bloch-Redfield baths (form: redfield), which are not of Lindblad form; use form: davies or heom for every bath");
        }
        List<HeomBath> baths = new ArrayList<>();
        int depth = -1;
        for (HeomBathDecl d : spec.heomBaths()) {
            baths.add(bath(d));
            int dd = integer(d, d.depth(), "depth", 0);
            if (depth >= 0 && dd != depth) {
                throw new ModelException(spec.source(), d.depth().line(), d.entry(), "every heom bath shares one hierarchy: "
                        + "depth " + dd + " differs from depth " + depth + " of " + first.entry());
            }
            depth = dd;
        }
        List<HeomSystem.Jump> jumps = new ArrayList<>();
        for (Jump j : local.jumps()) {
            jumps.add(new HeomSystem.Jump(j.op().toDense(), j.rate()));
        }
        try {
            return new HeomSystem(local.space(), local.hamiltonian().toDense(), jumps, baths, depth);
        } catch (IllegalArgumentException e) {
            throw new ModelException(spec.source(), first.line(), first.entry(), e.getMessage());
        }
    }

    private HeomBath bath(HeomBathDecl d) throws ModelException {
        Specs.Formula current = d.coupling();
        try {
            Operator q = ev.operator(d.coupling().expr());
            if (q.hermiticityError() > 1e-12 * Math.max(1, q.maxAbs())) {
                throw new ModelException(spec.source(), current.line(), d.entry(), "the coupling operator must be Hermitian: \""
                        + current.text() + "\" is not");
            }
            current = d.temperature();
            double t = ev.real(d.temperature().expr(), "the temperature");
            if (!(t > 0) || Double.isInfinite(t)) {
                throw new ModelException(spec.source(), current.line(), d.entry(), "temperature must be a finite number > 0, got " + t);
            }
            double lambda = positive(d, d.lambda(), "lambda");
            double gamma = positive(d, d.gamma(), "gamma");
            BathSpectrum j;
            if (d.spectrum().equals("underdamped")) {
                double w0 = positive(d, d.w0(), "w0");
                if (!(gamma < 2 * w0)) {
                    throw new ModelException(spec.source(), d.gamma().line(), d.entry(), "an underdamped spectrum needs gamma < 2 w0, got gamma = "
                            + gamma + ", w0 = " + w0);
                }
                j = new UnderdampedSpectrum(lambda, gamma, w0);
            } else {
                j = new DrudeLorentzSpectrum(lambda, gamma);
            }
            int terms = integer(d, d.terms(), "terms", 0);
            Decomposition dec = d.decomposition().equals("matsubara") ? Decomposition.MATSUBARA : Decomposition.PADE;
            return new HeomBath(d.name(), q.toDense(), j, t, terms, dec);
        } catch (ExprException e) {
            throw new ModelException(spec.source(), current.line(), d.entry(), e.getMessage() + " in \"" + current.text() + "\"");
        }
    }

    private double positive(HeomBathDecl d, Specs.Formula f, String what) throws ModelException {
        double v = real(d, f, what);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new ModelException(spec.source(), f.line(), d.entry(), what + " must be a finite number > 0, got " + v);
        }
        return v;
    }

    private int integer(HeomBathDecl d, Specs.Formula f, String what, int min) throws ModelException {
        double v = real(d, f, what);
        if (!(v >= min) || v != Math.rint(v) || v > 1000) {
            throw new ModelException(spec.source(), f.line(), d.entry(), what + " must be a whole number >= " + min + ", got " + v);
        }
        return (int) v;
    }

    private double real(HeomBathDecl d, Specs.Formula f, String what) throws ModelException {
        try {
            return ev.real(f.expr(), what);
        } catch (ExprException e) {
            throw new ModelException(spec.source(), f.line(), d.entry(), e.getMessage() + " in \"" + f.text() + "\"");
        }
    }
}
