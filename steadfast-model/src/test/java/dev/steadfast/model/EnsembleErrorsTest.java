package dev.steadfast.model;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Everything that breaks the permutation symmetry of an ensemble, or has no meaning on one, is a
 * {@link ModelException} at instantiation naming the file, the line, the entry and why.
 */
class EnsembleErrorsTest {
    /** Lines 1-5; the Hamiltonian is line 6, dissipators start at line 7. */
    private static final String HEAD = "parameters:\n  N: 4\n  g: 0.1\nsites:\n  e: {ensemble: N}\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "one member alone;       jz(e) + g*sz(e[1]);              the term on e[1] alone breaks the permutation symmetry",
        "some members;           sz(e[1]) + sz(e[2]);             e[1], e[2] only",
        "different coefficients; sum(i=1..N, i*sz(e[i]));         differ between e[1] and e[2]",
        "member product;         sz(e[1])*sz(e[2]);               a product involving a single-member operator",
        "member times collective; jz(e)*sx(e[1]);                 a product involving a single-member operator",
        "non-Hermitian;          g*jp(e);                         not Hermitian",
        "member op on whole;     sz(e);                           sz acts on one member: sz(e[i])",
        "collective on a member; jz(e[1]);                        jz is a collective operator of the whole ensemble",
        "boson op;               a(e);                            a is not defined on an ensemble",
        "index out of range;     jz(e) + sum(i=1..N, sz(e[i+1])); index 5 out of range: e has members e[1]..e[4]",
        "unknown site;           jz(q);                           unknown site 'q'",
        "divide by ensemble op;  g*jz(e) + 1/jz(e);               cannot divide by an operator",
        "function of ensemble op; sqrt(jz(e));                    sqrt of an operator is not supported",
        "ensemble op exponent;   2^jz(e);                         an exponent must be a number, not an operator",
        "ensemble op to an ensemble op; jz(e)^jz(e);              an exponent must be a number, not an operator",
        "ensemble op to a fraction; jz(e)^0.5;                    an operator can only be raised to an integer power >= 0"})
    void hamiltonianErrors(String what, String h, String expected) {
        ModelErrors.assertMessage(ModelErrors.failure(HEAD + "hamiltonian: " + h + "\n"), 6, "hamiltonian", expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "member alone;        {name: loss, type: lindblad, op: \"sm(e[1])\", rate: g};            dissipators[1] (loss); acts on e[1] alone",
        "loop misses members; {name: loss, type: lindblad, op: \"sm(e[i])\", rate: g, for: i=1..N-1}; dissipators[1] (loss); e[1], e[2], e[3] only",
        "loop ignores i;      {type: lindblad, op: \"sm(e[1])\", rate: g, for: i=1..N};          dissipators[1]; acts on e[1] alone",
        "rate per member;     {type: lindblad, op: \"sp(e[i])\", rate: g*i, for: i=1..N};        dissipators[1]; different rates per member (e[1]: 0.1, e[2]: 0.2)",
        "coefficient per member; {type: lindblad, op: \"i*sz(e[i])\", rate: g, for: i=1..N};    dissipators[1]; different rates per member",
        "two members in one jump; {type: lindblad, op: \"sm(e[i]) + sm(e[i+1])\", rate: g, for: i=1..N-1}; dissipators[1]; breaks the permutation symmetry",
        "collective plus member; {type: lindblad, op: \"jm(e) + sm(e[i])\", rate: g, for: i=1..N}; dissipators[1]; combines a collective operator with single-member operators (on e[1])",
        "sx is not a process; {type: lindblad, op: \"sx(e[i])\", rate: g, for: i=1..N};         dissipators[1]; must be sm, sp or sz",
        "member product jump; {type: lindblad, op: \"sm(e[i])*sz(e[i])\", rate: g, for: i=1..N}; dissipators[1]; a product involving a single-member operator",
        "thermal raising;     {name: hot, type: thermal, op: \"sp(e[i])\", frequency: 1, temperature: 1, rate: g, for: i=1..N}; dissipators[1] (hot); not a lowering operator",
        "thermal collective raising; {type: thermal, op: jp(e), frequency: 1, temperature: 1, rate: g}; dissipators[1]; not a lowering operator",
        "negative rate;       {type: lindblad, op: jm(e), rate: -g};                            dissipators[1]; rate must be a finite number >= 0, got -0.1"})
    void dissipatorErrors(String what, String entry, String label, String expected) {
        ModelException e = ModelErrors.failure(HEAD + "hamiltonian: jz(e)\ndissipators:\n  - " + entry + "\n");
        ModelErrors.assertMessage(e, 8, label, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "heat current;        heat_current(loss);           heat_current has no meaning on an ensemble model",
        "entropy production;  entropy_production();         entropy_production has no meaning on an ensemble model",
        "three members;       entropy(e[1], e[2], e[3]);    the reduced state of 3 members is not available",
        "squeezing of member; squeezing_ku(e[1]);           squeezing_ku is a property of the whole ensemble",
        "concurrence whole;   concurrence(e);               concurrence on an ensemble takes two distinct members",
        "same member twice;   concurrence(e[2], e[2]);      site e[2] is listed twice",
        "negativity no bar;   negativity(e[1], e[2]);       one member on each side",
        "coherence_re whole;  coherence_re(e);              coherence_re of the whole ensemble is not available",
        "member product;      expect(sz(e[1])*sz(e[2]));    a product involving a single-member operator",
        "bare operator;       jz(e);                        write expect(...)"})
    void measureErrors(String what, String measure, String expected) {
        ModelException e = ModelErrors.failure(HEAD + "hamiltonian: jz(e)\ndissipators:\n  - {name: loss, type: lindblad, op: jm(e), rate: 1}\n"
                + "measures:\n  M: " + measure + "\n");
        ModelErrors.assertMessage(e, 10, "measures.M", expected);
    }

    @Test
    void squeezingNeedsAnEnsemble() {
        ModelException e = ModelErrors.failure("sites:\n  r: {qubit: 2}\nmeasures:\n  xi: squeezing_ku(r)\n");
        ModelErrors.assertMessage(e, 4, "measures.xi", "{ensemble: N}");
    }

    @Test
    void ensembleSizeIsChecked() {
        ModelErrors.assertMessage(ModelErrors.failure("sites:\n  e: {ensemble: 2.5}\n"), 2, "sites.e", "number of members", "integer");
        ModelErrors.assertMessage(ModelErrors.failure("sites:\n  e: {ensemble: 5000}\n"), 2, "sites.e", "at most 1000 members");
        ModelErrors.assertMessage(ModelErrors.failure("sites:\n  e: ensemble\n"), 2, "sites.e", "{ensemble: 10}");
    }
}
