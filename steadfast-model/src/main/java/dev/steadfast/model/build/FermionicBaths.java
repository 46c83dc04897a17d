package dev.steadfast.model.build;

import dev.steadfast.global.FermionicDavies;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.read.GlobalBathDecl;
import dev.steadfast.model.read.ModelSpec;
import dev.steadfast.model.read.Specs;
import dev.steadfast.operator.Operator;
import dev.steadfast.system.FermionicLead;
import dev.steadfast.system.InvalidSystemException;
import java.util.List;
import java.util.Map;

/**
 * The {@code type: global, statistics: fermi} entries of a model: each becomes the leads of its Bohr
 * components ({@link FermionicDavies}) in the eigenbasis of the model's Hamiltonian. Errors name the
 * entry and its line.
 */
final class FermionicBaths {
    private FermionicBaths() {
    }

    static List<FermionicLead> leads(ModelSpec spec, Map<String, Double> params, SiteLayout layout, GlobalBathDecl d, Operator h)
            throws ModelException {
        Evaluator ev = new Evaluator(params, layout);
        Specs.Formula current = d.coupling();
        try {
            Operator a = ev.operator(d.coupling().expr());
            current = d.rate();
            double rate = ev.real(d.rate().expr(), "the rate");
            current = d.temperature();
            double t = ev.real(d.temperature().expr(), "the temperature");
            current = d.chemicalPotential();
            double mu = ev.real(d.chemicalPotential().expr(), "the chemical potential");
            return FermionicDavies.leads(h, d.name(), a, rate, t, mu);
        } catch (ExprException e) {
            throw new ModelException(spec.source(), current.line(), d.entry(), e.getMessage() + " in \"" + current.text() + "\"");
        } catch (InvalidSystemException e) {
            throw new ModelException(spec.source(), d.line(), d.entry(), SystemBuilder.problem(e));
        }
    }
}
