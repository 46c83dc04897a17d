package dev.steadfast.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.measure.HeatCurrents;
import dev.steadfast.measure.MeasureException;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.FermionicLead;
import dev.steadfast.system.OpenSystem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entropy production with leads: −Σ (J_E − μ J_N)/T, and an error when a lead at T = 0 carries heat. */
class EntropyProductionTest {
    private static OpenSystem dot(double tl, double tr) {
        Space s = Space.of(Site.fermion("d"));
        Operator c = Fermions.annihilate(s, 0);
        return new OpenSystem(Fermions.number(s, 0).scale(0.2), List.of(new FermionicLead("L", c, 0.2, tl, 0.5, 0.3),
                new FermionicLead("R", c, 0.2, tr, -0.5, 0.6)));
    }

    @Test
    void aBiasedLevelProducesEntropyAtTheRateOfTheBiasTimesTheCurrentOverT() {
        OpenSystem sys = dot(0.1, 0.1);
        DensityMatrix rho = SteadyStates.solve(sys).rho();
        double j = HeatCurrents.flow(sys, rho, "L", Fermions.totalNumber(sys.space()));
        assertTrue(j > 0);
        assertEquals(1.0 * j / 0.1, HeatCurrents.entropyProduction(sys, rho), 1e-12);
    }

    @Test
    void aLeadAtZeroTemperatureThatCarriesHeatIsAnErrorNotAPartialSum() {
        OpenSystem sys = dot(0.1, 0);
        DensityMatrix rho = SteadyStates.solve(sys).rho();
        MeasureException e = assertThrows(MeasureException.class, () -> HeatCurrents.entropyProduction(sys, rho));
        assertTrue(e.getMessage().contains("'R'") && e.getMessage().contains("temperature 0"), e.getMessage());
    }

    @Test
    void aLeadAtZeroTemperatureInEquilibriumContributesNothing() {
        Space s = Space.of(Site.fermion("d"));
        Operator c = Fermions.annihilate(s, 0);
        OpenSystem sys = new OpenSystem(Fermions.number(s, 0).scale(0.2), List.of(new FermionicLead("L", c, 0.2, 0, 0.5, 0.3)));
        assertEquals(0, HeatCurrents.entropyProduction(sys, SteadyStates.solve(sys).rho()), 1e-14);
    }
}
