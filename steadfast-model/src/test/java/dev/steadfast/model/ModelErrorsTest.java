package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every class of bad input is a {@link ModelException} whose message names the file, the line and
 * the entry, and says what is wrong. Each case is a small file whose faulty line is known.
 */
class ModelErrorsTest {
    private static final String HEAD = "parameters:\n  g: 0.1\n  N: 3\nsites:\n  q1: qubit\n  q2: qubit\n  c: {boson: 4}\n  r: {qubit: N}\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "unknown site;         sz(q3);                         unknown site 'q3'",
        "unknown operator;     sq(q1);                         unknown function or operator 'sq'",
        "wrong kind;           sz(c);                          sz needs a qubit, but c is a boson",
        "boson op on qubit;    n(q1);                          n needs a boson, but q1 is a qubit",
        "unknown parameter;    gg*sz(q1);                      unknown parameter 'gg'",
        "unclosed parenthesis; g*(sz(q1) + sz(q2);             '(' at column 3 is never closed",
        "extra parenthesis;    g*sz(q1)) + sz(q2);             ')' at column 9 has no matching '('",
        "index out of range;   sz(r[4]);                       index 4 out of range: r has sites r[1]..r[3]",
        "index not integer;    sz(r[1.5]);                     must be an integer",
        "array without index;  sz(r);                          r is an array of 3 sites",
        "non-Hermitian;        g*sp(q1)*sm(q2);                not Hermitian",
        "h.c. not last;        sp(q1) + h.c. + sz(q1);         must be the last term"})
    void hamiltonianErrors(String what, String h, String expected) {
        ModelException e = ModelErrors.failure(HEAD + "hamiltonian: " + h + "\n");
        ModelErrors.assertMessage(e, 9, "hamiltonian", expected);
    }

    @Test
    void negativeRateNamesTheEntry() {
        ModelException e = ModelErrors.failure(HEAD + "hamiltonian: sz(q1)\ndissipators:\n  - {type: lindblad, op: sm(q1), rate: 0.1}\n"
                + "  - {name: loss, type: lindblad, op: sm(q2), rate: -g}\n");
        ModelErrors.assertMessage(e, 12, "dissipators[2] (loss)", "rate", ">= 0", "-0.1");
    }

    @Test
    void negativeTemperature() {
        ModelException e = ModelErrors.failure(HEAD + "dissipators:\n"
                + "  - {name: hot, type: thermal, op: sm(q1), frequency: 1, temperature: -2, rate: 0.1}\n");
        ModelErrors.assertMessage(e, 10, "dissipators[1] (hot)", "temperature", "-2");
    }

    @Test
    void invalidDissipatorNameIsRefusedForEveryType() {
        ModelErrors.assertMessage(ModelErrors.failure(HEAD + "dissipators:\n  - {name: 2loss, type: lindblad, op: sm(q1), rate: 0.1}\n"),
                10, "dissipators[1] (2loss)", "'2loss' is not a valid name (letters, digits, _)");
        ModelErrors.assertMessage(ModelErrors.failure(HEAD + "dissipators:\n  - {name: hot-bath, type: global, coupling: sx(q1), "
                + "spectrum: flat, rate: 0.1, temperature: 1}\n"), 10, "dissipators[1] (hot-bath)", "'hot-bath' is not a valid name");
    }

    @Test
    void thermalOperatorThatDoesNotLower() {
        ModelException e = ModelErrors.failure(HEAD + "dissipators:\n"
                + "  - {name: hot, type: thermal, op: sp(q1), frequency: 1, temperature: 2, rate: 0.1}\n");
        ModelErrors.assertMessage(e, 10, "dissipators[1] (hot)", "not a lowering operator");
    }

    @Test
    void loopIndexOutOfRangeSaysWhichIteration() {
        ModelException e = ModelErrors.failure(HEAD + "dissipators:\n  - type: lindblad\n    op: sm(r[i+1])\n    rate: 1\n    for: i=1..N\n");
        ModelErrors.assertMessage(e, 11, "dissipators[1]", "index 4 out of range", "at i=3");
    }

    @Test
    void unquotedExpressionWithCommasInAFlowMapping() {
        ModelException e = ModelErrors.failure(HEAD + "dissipators:\n  - {type: lindblad, op: sum(i=1..N, sm(r[i])), rate: 1}\n");
        ModelErrors.assertMessage(e, 10, "dissipators", "quote the expression: op: \"sum(i=1..N, sm(r[i]))\"");
    }

    @Test
    void unquotedExpressionWithCommasButNoBrackets() {
        ModelException e = ModelErrors.failure(HEAD + "dissipators:\n  - {type: lindblad, op: sum(i=1..2, sm(q1)), rate: 1}\n");
        ModelErrors.assertMessage(e, 10, "dissipators[1]", "quote the expression: op: \"sum(i=1..2, sm(q1))\"");
    }

    @Test
    void measureOnTheWrongSitesFailsAtInstantiation() {
        String base = HEAD + "hamiltonian: sz(q1)\ndissipators:\n  - {name: hot, type: lindblad, op: sm(q1), rate: 1}\nmeasures:\n";
        ModelErrors.assertMessage(ModelErrors.failure(base + "  C: concurrence(q1, c)\n"), 13, "measures.C", "concurrence needs qubits, but c is a boson");
        ModelErrors.assertMessage(ModelErrors.failure(base + "  C: concurrence(q1, q9)\n"), 13, "measures.C", "unknown site 'q9'");
        ModelErrors.assertMessage(ModelErrors.failure(base + "  J: heat_current(cold)\n"), 13, "measures.J", "unknown dissipator 'cold'", "hot");
        ModelErrors.assertMessage(ModelErrors.failure(base + "  X: wigner(q1)\n"), 13, "measures.X", "unknown measure function 'wigner'");
        ModelErrors.assertMessage(ModelErrors.failure(base + "  E: negativity(q1, q2)\n"), 13, "measures.E", "bipartition A | B");
        ModelErrors.assertMessage(ModelErrors.failure(base + "  M: sz(q1)\n"), 13, "measures.M", "write expect(...)");
        ModelErrors.assertMessage(ModelErrors.failure(base + "  F: fidelity(q1, q2, bell_phi)\n"), 13, "measures.F", "unknown Bell state");
    }

    @Test
    void anEnsembleMustBeTheOnlySite() {
        ModelException e = assertThrows(ModelException.class,
                () -> Model.parse("parameters: {N: 10}\nsites:\n  q: qubit\n  e: {ensemble: N}\n", "bad.yaml"));
        ModelErrors.assertMessage(e, 4, "sites.e", "may contain only that ensemble", "q");
    }

    @Test
    void unknownOverrideIsAnError() {
        ModelException e = assertThrows(ModelException.class,
                () -> Model.parse(HEAD, "bad.yaml").instantiate(Map.of("h", 1.0)));
        assertTrue(e.getMessage().contains("bad.yaml") && e.getMessage().contains("unknown parameter 'h'")
                && e.getMessage().contains("g, N"), e.getMessage());
    }

    @Test
    void parameterErrors() {
        ModelErrors.assertMessage(ModelErrors.failure("parameters:\n  a: 1\n  b: 2*c\n  c: 3\nsites: {q: qubit}\n"), 3, "parameters.b", "unknown parameter 'c'", "a");
        ModelErrors.assertMessage(ModelErrors.failure("parameters:\n  a: sz(q)\nsites: {q: qubit}\n"), 2, "parameters.a", "cannot appear here");
        ModelErrors.assertMessage(ModelErrors.failure("parameters:\n  a: 1\n  a: 2\nsites: {q: qubit}\n"), 3, "parameters", "'a' appears twice");
    }

    @Test
    void structuralErrors() {
        ModelErrors.assertMessage(ModelErrors.failure("sites: {q: qubit}\nhamiltonain: sz(q)\n"), 2, "hamiltonain", "unknown key");
        ModelErrors.assertMessage(ModelErrors.failure("sites:\n  q: qubit\n  c: boson\n"), 3, "sites.c", "{boson: 20}");
        ModelErrors.assertMessage(ModelErrors.failure("sites:\n  q: qubit\ndissipators:\n  - {op: sm(q), rate: 1}\n"), 4, "dissipators[1]", "missing 'type'");
        ModelErrors.assertMessage(ModelErrors.failure("sites:\n  q: qubit\ndissipators:\n  - {type: lindblad, op: sm(q), rate: 1, temperature: 2}\n"), 4,
                "dissipators[1]", "unknown key 'temperature'");
        ModelErrors.assertMessage(ModelErrors.failure("format: 2\nsites: {q: qubit}\n"), 1, "format", "format 2");
        ModelErrors.assertMessage(ModelErrors.failure("sites:\n  q: qubit\n   bad indentation: [\n"), 3, "", "not valid YAML");
    }

    @Test
    void tooLargeModelIsRefusedQuicklyWithItsDimension() {
        long t0 = System.nanoTime();
        ModelException e = ModelErrors.failure("parameters: {N: 40}\nsites:\n  r: {qubit: N}\nhamiltonian: sum(i=1..N-1, sz(r[i])*sz(r[i+1]))\n");
        double seconds = (System.nanoTime() - t0) * 1e-9;
        ModelErrors.assertMessage(e, 3, "sites", "1.100e+12", "needs at least");
        assertTrue(seconds < 0.5, "took " + seconds + " s");
    }

    @Test
    void fileErrorsNameThePath(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.yaml");
        Files.writeString(f, "sites:\n  q: qubit\nhamiltonian: sz(q\n");
        ModelException e = assertThrows(ModelException.class, () -> Model.load(f));
        assertTrue(e.getMessage().startsWith(f + ":3: hamiltonian: unbalanced parentheses"), e.getMessage());
    }
}
