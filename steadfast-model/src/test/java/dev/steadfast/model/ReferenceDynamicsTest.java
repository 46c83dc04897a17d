package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.dynamics.Evolution;
import dev.steadfast.spectrum.SteadyManifold;
import dev.steadfast.state.DensityMatrix;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference checks that start from a named initial state: the state evolved for a time
 * ({@link Evolution}), or the steady state it relaxes to ({@link SteadyManifold}, exact also when
 * the steady state is not unique).
 */
class ReferenceDynamicsTest {

    static Stream<String> modelsWithDynamicChecks() {
        return Catalogue.all().stream()
                .filter(m -> m.referenceBlock().checks().stream().anyMatch(c -> c.initial() != null))
                .map(Model::name);
    }

    @Test
    void theDynamicsModelsHaveDynamicChecks() {
        assertEquals(List.of("benatti-common-bath", "cakmak-collective-coherence", "collective-decay-pair", "yu-eberly-sudden-death"), modelsWithDynamicChecks().sorted().toList());
    }

    @ParameterizedTest
    @MethodSource("modelsWithDynamicChecks")
    void reproducesItsDynamicReferenceValues(String name) throws ModelException {
        Model model = Catalogue.find(name).orElseThrow();
        for (ReferenceChecks.Outcome o : ReferenceChecks.run(model)) {
            if (o.check() == null || o.check().isSteady()) {
                continue;
            }
            assertEquals("", o.note(), name + " " + o.measure() + " " + o.where());
            assertEquals(o.expected(), o.got(), o.tolerance(), name + " " + o.measure() + " " + o.where() + " (line " + o.check().line() + ")");
        }
    }

    /** Yu & Eberly: for a = 1 the concurrence dies at t = ln((2 + sqrt 2)/2)/G; bisection on the exact evolution. */
    @Test
    void yuEberlyDeathTime() throws ModelException {
        ModelInstance inst = Catalogue.find("yu-eberly-sudden-death").orElseThrow().instantiate(java.util.Map.of("G", 2.0));
        DensityMatrix rho0 = inst.initialState("yu_eberly");
        Evolution ev = Evolution.of(inst.generator()).from(rho0);
        double death = dev.steadfast.dynamics.SuddenDeath.refine(t -> {
            try {
                return inst.measure(ev.at(new double[] {t}).state(0)).get("C");
            } catch (ModelException e) {
                throw new IllegalStateException(e);
            }
        }, 0.1, 0.5, 1e-12, 1e-9);
        assertEquals(Math.log((2 + Math.sqrt(2)) / 2) / 2.0, death, 1e-7);
    }

    @Test
    void anInvalidNamedStateIsAModelErrorNamingIt() throws ModelException {
        ModelInstance inst = Catalogue.find("yu-eberly-sudden-death").orElseThrow().instantiate(java.util.Map.of("a", 1.5));
        ModelException e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class, () -> inst.initialState("yu_eberly"));
        assertTrue(e.getMessage().contains("initial_states.yu_eberly") && e.getMessage().contains("positive"), e.getMessage());
        ModelException unknown = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class, () -> inst.initialState("nope"));
        assertTrue(unknown.getMessage().contains("yu_eberly"), unknown.getMessage());
        assertFalse(inst.isRedfield());
    }
}
