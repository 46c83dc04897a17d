package dev.steadfast.system;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Magnitudes a double-precision solver cannot resolve are refused when the system is built, naming the term. */
class MagnitudesTest {
    private final Space s = Space.of(Site.qubit("q"));
    private final Operator h = Operators.sigmaZ(s, "q").scale(0.5);

    @Test
    void anOverflowingChannelIsRefused() {
        Operator big = Operators.sigmaMinus(s, "q").scale(1e200);
        InvalidSystemException e = assertThrows(InvalidSystemException.class,
                () -> new OpenSystem(h, List.of(new LindbladDissipator("loss", big, 1e200))));
        assertEquals("loss", e.term());
    }

    @Test
    void anOverflowingThermalOccupationIsRefused() {
        // n = 1/(exp(w/T) - 1) overflows when w/T underflows
        InvalidSystemException e = assertThrows(InvalidSystemException.class, () -> new OpenSystem(h,
                List.of(new ThermalBath("hot", Operators.sigmaMinus(s, "q"), Double.MIN_VALUE, 1e10, 1.0))));
        assertEquals("hot", e.term());
    }

    @Test
    void anOverflowingHamiltonianIsRefused() {
        Operator huge = h.scale(1e308).scale(10);
        InvalidSystemException e = assertThrows(InvalidSystemException.class, () -> new OpenSystem(huge, List.of()));
        assertEquals("hamiltonian", e.term());
    }

    @Test
    void aBathBelowTheResolutionIsRefusedButZeroAndWeakOnesAreNot() {
        Operator sm = Operators.sigmaMinus(s, "q");
        InvalidSystemException e = assertThrows(InvalidSystemException.class,
                () -> new OpenSystem(h, List.of(new LindbladDissipator("loss", sm, 1.0), new LindbladDissipator("leak", sm, 1e-12))));
        assertEquals("leak", e.term());
        assertDoesNotThrow(() -> new OpenSystem(h, List.of(new LindbladDissipator("loss", sm, 1.0),
                new LindbladDissipator("leak", sm, 0.0))));
        assertDoesNotThrow(() -> new OpenSystem(h, List.of(new LindbladDissipator("loss", sm, 1.0),
                new LindbladDissipator("leak", sm, 1e-8))));
    }
}
