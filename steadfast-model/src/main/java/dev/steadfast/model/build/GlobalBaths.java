package dev.steadfast.model.build;

import dev.steadfast.global.BlochRedfield;
import dev.steadfast.global.DaviesOptions;
import dev.steadfast.global.FlatSpectralDensity;
import dev.steadfast.global.GlobalBath;
import dev.steadfast.global.GlobalMasterEquation;
import dev.steadfast.global.OhmicSpectralDensity;
import dev.steadfast.global.SpectralDensity;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.read.GlobalBathDecl;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import dev.steadfast.operator.Operator;
import dev.steadfast.system.Dissipator;
import dev.steadfast.system.InvalidSystemException;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code type: global} entries of a model at one parameter point, turned into global master
 * equations by {@link GlobalMasterEquation}:
 * <ul>
 *   <li>Davies (secular, the default): the baths' Bohr-frequency channels are Lindblad
 *       dissipators named after their bath; they are added to the model's own (local) dissipators
 *       and the Lamb shift (per bath, {@code lamb_shift: true}) to H. The result is an ordinary
 *       {@link OpenSystem}.</li>
 *   <li>Bloch–Redfield ({@code form: redfield}): not of Lindblad form; the library's generator
 *       has no Lindblad terms, so such a model may have no other dissipators, and every global
 *       bath must then be Redfield. Its generator is {@link #redfield}.</li>
 * </ul>
 */
public final class GlobalBaths {
    private final ModelSpec spec;
    private final Map<String, Double> params;
    private final SiteLayout layout;

    GlobalBaths(ModelSpec spec, Map<String, Double> params, SiteLayout layout) {
        this.spec = spec;
        this.params = params;
        this.layout = layout;
    }

    /** Global baths need the eigenbasis of H on the full space: an ensemble model may not have them. */
    static void refuseForEnsemble(ModelSpec spec) throws ModelException {
        if (!spec.globalBaths().isEmpty()) {
            GlobalBathDecl d = spec.globalBaths().get(0);
            throw new ModelException(spec.source(), d.line(), d.entry(), "global baths (type: global) are not supported for "
                    + "permutation-invariant ensembles in this version; use local or collective lindblad/thermal entries");
        }
    }

    /** Whether the model's global baths are Bloch–Redfield (then all of them are). */
    public static boolean isRedfield(ModelSpec spec) {
        return spec.globalBaths().stream().anyMatch(GlobalBathDecl::isRedfield);
    }

    /**
     * The model's system with its Davies baths added; for a Bloch–Redfield model, {@code local}
     * itself after checking that it has no dissipators.
     */
    OpenSystem attach(OpenSystem local) throws ModelException {
        List<GlobalBathDecl> decls = spec.globalBaths();
        if (decls.isEmpty()) {
            return local;
        }
        if (isRedfield(spec)) {
            requireRedfieldAlone(local);
            return local;
        }
        List<GlobalBath> plain = new ArrayList<>();
        List<GlobalBath> shifted = new ArrayList<>();
        Operator h = local.hamiltonian();
        List<Dissipator> dissipators = new ArrayList<>(local.dissipators());
        for (GlobalBathDecl d : decls) {
            if (d.isFermionic()) {
                dissipators.addAll(FermionicBaths.leads(spec, params, layout, d, h));
            } else {
                (d.lambShift() ? shifted : plain).add(bath(d));
            }
        }
        Operator hTotal = h;
        for (List<GlobalBath> group : List.of(plain, shifted)) {
            if (group.isEmpty()) {
                continue;
            }
            OpenSystem davies = davies(h, group, DaviesOptions.defaults().withLambShift(group == shifted));
            dissipators.addAll(davies.dissipators());
            if (group == shifted) {
                hTotal = hTotal.plus(davies.hamiltonian().minus(h));
            }
        }
        return new OpenSystem(hTotal, dissipators);
    }

    /** The Bloch–Redfield generator of a model whose global baths are all {@code form: redfield}. */
    public static BlochRedfield redfield(ModelSpec spec, Map<String, Double> params, SiteLayout layout, Operator h)
            throws ModelException {
        return new GlobalBaths(spec, params, layout).redfield(h);
    }

    private BlochRedfield redfield(Operator h) throws ModelException {
        List<GlobalBath> baths = new ArrayList<>();
        boolean principalValue = spec.globalBaths().get(0).principalValue();
        for (GlobalBathDecl d : spec.globalBaths()) {
            if (d.principalValue() != principalValue) {
                throw new ModelException(spec.source(), d.line(), d.entry(), "principal_value must be the same for every "
                        + "Bloch-Redfield bath of a model");
            }
            baths.add(bath(d));
        }
        try {
            return GlobalMasterEquation.blochRedfield(h, baths, DaviesOptions.defaults().energyTolerance(), principalValue);
        } catch (InvalidSystemException e) {
            throw new ModelException(spec.source(), lineOf(e.term()), entryOf(e.term()), SystemBuilder.problem(e));
        }
    }

    private OpenSystem davies(Operator h, List<GlobalBath> baths, DaviesOptions options) throws ModelException {
        try {
            return GlobalMasterEquation.davies(h, baths, options);
        } catch (InvalidSystemException e) {
            throw new ModelException(spec.source(), lineOf(e.term()), entryOf(e.term()), SystemBuilder.problem(e));
        }
    }

    private void requireRedfieldAlone(OpenSystem local) throws ModelException {
        for (GlobalBathDecl d : spec.globalBaths()) {
            if (!d.isRedfield()) {
                throw new ModelException(spec.source(), d.line(), d.entry(), "a model's global baths are either all Davies "
                        + "or all Bloch-Redfield (form: redfield); this one is Davies but another is Redfield");
            }
        }
        if (!local.dissipators().isEmpty()) {
            GlobalBathDecl first = spec.globalBaths().get(0);
            throw new ModelException(spec.source(), first.line(), first.entry(), "a Bloch-Redfield bath cannot be combined "
                    + "with Lindblad (lindblad or thermal) dissipators: the library's Bloch-Redfield generator has no Lindblad "
                    + "terms; write every bath as a global one, or use the Davies form (form: davies)");
        }
    }

    private GlobalBath bath(GlobalBathDecl d) throws ModelException {
        Evaluator ev = new Evaluator(params, layout);
        Specs.Formula current = d.coupling();
        try {
            Operator a = ev.operator(d.coupling().expr());
            current = d.temperature();
            double t = ev.real(d.temperature().expr(), "the temperature");
            SpectralDensity density;
            if (d.spectrum().equals("flat")) {
                current = d.rate();
                density = new FlatSpectralDensity(nonNegative(d, "rate", ev.real(d.rate().expr(), "the rate")));
            } else {
                current = d.alpha();
                double alpha = nonNegative(d, "alpha", ev.real(d.alpha().expr(), "alpha"));
                current = d.cutoff();
                double cutoff = ev.real(d.cutoff().expr(), "the cutoff");
                if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
                    throw new ModelException(spec.source(), d.line(), d.entry(), "cutoff must be a finite number > 0, got " + cutoff);
                }
                density = new OhmicSpectralDensity(alpha, cutoff);
            }
            return new GlobalBath(d.name(), a, density, t);
        } catch (ExprException e) {
            throw new ModelException(spec.source(), current.line(), d.entry(), e.getMessage() + ModelException.quoted(current.text()));
        } catch (InvalidSystemException e) {
            throw new ModelException(spec.source(), d.line(), d.entry(), SystemBuilder.problem(e));
        }
    }

    private double nonNegative(GlobalBathDecl d, String what, double v) throws ModelException {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new ModelException(spec.source(), d.line(), d.entry(), what + " must be a finite number >= 0, got " + v);
        }
        return v;
    }

    private int lineOf(String bathName) {
        return spec.globalBaths().stream().filter(d -> d.name().equals(bathName)).mapToInt(GlobalBathDecl::line).findFirst().orElse(0);
    }

    private String entryOf(String bathName) {
        return spec.globalBaths().stream().filter(d -> d.name().equals(bathName)).map(GlobalBathDecl::entry).findFirst()
                .orElse(bathName);
    }
}
