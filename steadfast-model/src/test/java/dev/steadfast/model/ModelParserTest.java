package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.operator.LocalOperators;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.system.Jump;
import dev.steadfast.system.OpenSystem;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expression language builds exactly the operators of steadfast-core, on the full space. */
class ModelParserTest {
    private static final String MIXED = """
            parameters:
              w: 1.5
              N: 3
            sites:
              q: qubit
              c: {boson: 4}
              s: {spin: 1.5}
              t: {levels: 3}
              r: {qubit: N}
            """;

    private static ModelInstance mixed() throws ModelException {
        return Model.parse(MIXED, "mixed.yaml").instantiate(Map.of());
    }

    private static void assertSame(Operator expected, Operator actual, String what) {
        assertEquals(expected.space(), actual.space(), what);
        double diff = expected.toDense().maxAbsDifference(actual.toDense());
        assertTrue(diff < 1e-14, what + ": differs by " + diff);
    }

    @ParameterizedTest(name = "{0}({1})")
    @CsvSource({"sp, q", "sm, q", "sx, q", "sy, q", "sz, q", "a, c", "adag, c", "n, c", "x, c", "p, c",
        "jx, s", "jy, s", "jz, s", "jp, s", "jm, s", "id, t", "id, c", "sz, r[2]", "sp, r[3]"})
    void everySiteOperatorIsTheCoreMatrixEmbedded(String op, String site) throws ModelException {
        ModelInstance m = mixed();
        Space space = m.space();
        int k = space.require(site);
        Site s = space.site(k);
        Map<String, Function<Site, SparseCMatrix>> core = Map.ofEntries(
                Map.entry("sp", LocalOperators::sp), Map.entry("sm", LocalOperators::sm), Map.entry("sx", LocalOperators::sx),
                Map.entry("sy", LocalOperators::sy), Map.entry("sz", LocalOperators::sz), Map.entry("a", LocalOperators::destroy),
                Map.entry("adag", LocalOperators::create), Map.entry("n", LocalOperators::number),
                Map.entry("x", LocalOperators::position), Map.entry("p", LocalOperators::momentum), Map.entry("jx", LocalOperators::jx),
                Map.entry("jy", LocalOperators::jy), Map.entry("jz", LocalOperators::jz), Map.entry("jp", LocalOperators::jp),
                Map.entry("jm", LocalOperators::jm), Map.entry("id", LocalOperators::identity));
        assertSame(Operators.embed(space, k, core.get(op).apply(s)), m.operator(op + "(" + site + ")"), op + "(" + site + ")");
    }

    @Test
    void projectorsAndTransitions() throws ModelException {
        ModelInstance m = mixed();
        Space space = m.space();
        int t = space.require("t");
        assertSame(Operators.embed(space, t, LocalOperators.projector(space.site(t), 2)), m.operator("proj(t, 2)"), "proj");
        assertSame(Operators.embed(space, t, LocalOperators.ketBra(space.site(t), 0, 2)), m.operator("ket_bra(t, 0, N-1)"), "ket_bra");
    }

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource(delimiter = ';', value = {
        "sx(q);                      sp(q) + sm(q)",
        "sy(q);                      -im*(sp(q) - sm(q))",
        "sz(q);                      proj(q, 1) - proj(q, 0)",
        "x(c);                       (a(c) + adag(c))/sqrt(2)",
        "p(c);                       -im*(a(c) - adag(c))/sqrt(2)",
        "n(c);                       adag(c)*a(c)",
        "jx(s);                      (jp(s) + jm(s))/2",
        "jz(s);                      sum(k=0..3, (k - 1.5)*proj(s, k))",
        "sp(q)*sm(r[1]) + h.c.;      sp(q)*sm(r[1]) + sm(q)*sp(r[1])",
        "w*(sp(q) + im*sz(q)*0) + h.c.; 0 + w*(sx(q))",
        "dag(im*sp(q));              -im*sm(q)",
        "2 + sz(q);                  2*id(q) + sz(q)",
        "sz(q) - 1;                  -2*proj(q, 0)",
        "sx(q)^2;                    id(t)",
        "(sp(q) + sm(q))^3;          sx(q)",
        "sum(i=1..N-1, sz(r[i])*sz(r[i+1])); sz(r[1])*sz(r[2]) + sz(r[2])*sz(r[3])",
        "sum(i=1..N-1, sp(r[i])*sm(r[i+1]) + h.c.); sp(r[1])*sm(r[2]) + sp(r[2])*sm(r[3]) + sm(r[1])*sp(r[2]) + sm(r[2])*sp(r[3])",
        "sum(i=2..1, sz(r[i])) + sz(q); sz(q)",
        "2^3*sz(q) - -2^2*sz(q);     12*sz(q)",
        "exp(im*pi)*sz(q);           -sz(q)",
        "w^2/w*sz(q) + 1e-1*sz(q);   1.6*sz(q)",
        "cos(0)*tanh(0) + log(exp(2))*sz(q); sz(q) + sz(q)"})
    void algebraOfExpressions(String left, String right) throws ModelException {
        ModelInstance m = mixed();
        assertSame(m.operator(right), m.operator(left), left);
    }

    @Test
    void arraysAreNamedFromOneAndFollowTheDeclarationOrder() throws ModelException {
        Space s = mixed().space();
        assertEquals(List.of("q", "c", "s", "t", "r[1]", "r[2]", "r[3]"), s.sites().stream().map(Site::name).toList());
        assertEquals(2L * 4 * 4 * 3 * 8, s.dimensionLong());
        assertEquals(2L * 4 * 4 * 3 * 32, Model.parse(MIXED, "mixed.yaml").hilbertDimension(Map.of("N", 5.0)));
    }

    @Test
    void overridesReplaceValuesAndRecomputeDependents() throws ModelException {
        Model m = Model.parse("parameters:\n  a: 2\n  b: a^2 + 1\n  c: 10*b\nsites: {q: qubit}\n", "p.yaml");
        assertEquals(Map.of("a", 2.0, "b", 5.0, "c", 50.0), m.instantiate(Map.of()).parameters());
        assertEquals(Map.of("a", 3.0, "b", 10.0, "c", 100.0), m.instantiate(Map.of("a", 3.0)).parameters());
        assertEquals(Map.of("a", 2.0, "b", 7.0, "c", 70.0), m.instantiate(Map.of("b", 7.0)).parameters());
        assertEquals(List.of("a", "b", "c"), List.copyOf(m.instantiate(Map.of("c", 1.0)).parameters().keySet()));
    }

    private static final String BLOCK = """
            format: 1
            name: pair
            parameters:
              w: 1.0
              g: 0.1
              N: 2
            sites:
              q1: qubit
              r: {qubit: N}
            hamiltonian: w/2*sz(q1) + g*(sp(q1)*sm(r[1]) + h.c.)
            dissipators:
              - name: hot
                type: thermal
                op: sm(q1)
                frequency: w
                temperature: 2
                rate: 0.01
              - type: lindblad
                op: sz(r[i])
                rate: 0.005
                for: i=1..N
              - type: lindblad
                op: sm(q1) + sm(r[2])
                rate: 0.1
            measures:
              m1: expect(sz(q1))
            """;
    private static final String FLOW = """
            {format: 1, name: pair, parameters: {w: 1.0, g: 0.1, N: 2},
             sites: {q1: qubit, r: {qubit: N}},
             hamiltonian: "w/2*sz(q1) + g*(sp(q1)*sm(r[1]) + h.c.)",
             dissipators: [{name: hot, type: thermal, op: sm(q1), frequency: w, temperature: 2, rate: 0.01},
                           {type: lindblad, op: "sz(r[i])", rate: 0.005, for: i=1..N},
                           {type: lindblad, op: "sm(q1) + sm(r[2])", rate: 0.1}],
             measures: {m1: "expect(sz(q1))"}}
            """;
    private static final String JSON = """
            {"format": 1, "name": "pair", "parameters": {"w": 1.0, "g": 0.1, "N": 2},
             "sites": {"q1": "qubit", "r": {"qubit": "N"}},
             "hamiltonian": "w/2*sz(q1) + g*(sp(q1)*sm(r[1]) + h.c.)",
             "dissipators": [
               {"name": "hot", "type": "thermal", "op": "sm(q1)", "frequency": "w", "temperature": 2, "rate": 0.01},
               {"type": "lindblad", "op": "sz(r[i])", "rate": 0.005, "for": "i=1..N"},
               {"type": "lindblad", "op": "sm(q1) + sm(r[2])", "rate": 0.1}],
             "measures": {"m1": "expect(sz(q1))"}}
            """;

    @Test
    void blockFlowAndJsonGiveIdenticalSystems() throws ModelException {
        OpenSystem block = Model.parse(BLOCK, "b.yaml").instantiate(Map.of()).system();
        for (String text : List.of(FLOW, JSON)) {
            Model m = Model.parse(text, "x.json");
            assertEquals("pair", m.name());
            assertEquals(List.of("m1"), m.measureNames());
            OpenSystem other = m.instantiate(Map.of()).system();
            assertSame(block.hamiltonian(), other.hamiltonian(), "H");
            assertEquals(block.jumps().size(), other.jumps().size());
            assertEquals(5, block.jumps().size()); // hot: emission + absorption, two dephasing, one collective
            for (int k = 0; k < block.jumps().size(); k++) {
                Jump a = block.jumps().get(k);
                Jump b = other.jumps().get(k);
                assertSame(a.op(), b.op(), "jump " + k);
                assertEquals(a.rate(), b.rate(), 1e-15);
                assertEquals(a.source(), b.source());
            }
        }
    }

    @Test
    void thermalEntryExpandsToTheBoseRates() throws ModelException {
        OpenSystem s = Model.parse(BLOCK, "b.yaml").instantiate(Map.of()).system();
        double n = 1 / Math.expm1(1.0 / 2);
        List<Jump> hot = s.jumpsOf("hot");
        assertEquals(0.01 * (n + 1), hot.get(0).rate(), 1e-15);
        assertEquals(0.01 * n, hot.get(1).rate(), 1e-15);
        assertSame(hot.get(0).op().dag(), hot.get(1).op(), "absorption is the adjoint");
        assertEquals(List.of("hot", "dissipators[2]", "dissipators[3]"), List.copyOf(s.byName().keySet()));
    }
}
