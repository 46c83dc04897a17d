package dev.steadfast.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Heat-map colour bars and axis labels: nice steps, zero at the centre of a diverging bar, one number format. */
class ColourScaleTest {

    @Test
    void aMeasureThatChangesSignGetsADivergingBarCentredOnZero() {
        ColourScale s = ColourScale.of(-0.00191, 0.00733);
        assertTrue(s.diverging());
        assertEquals(-s.min(), s.max(), 0);
        assertEquals(0, s.pieces() % 2, "zero is a boundary between two pieces");
        assertEquals(0.002, s.step(), 1e-15);
        assertEquals(0.008, s.max(), 1e-15);
        assertArrayEquals(ColourScale.BLUE_WHITE_RED, s.palette());
        java.awt.Color below = s.colours()[s.pieces() / 2 - 1];
        java.awt.Color above = s.colours()[s.pieces() / 2];
        assertTrue(below.getBlue() > below.getRed() && above.getRed() > above.getBlue(), "blue below zero, red above");
        assertEquals("0.000", s.format(0.0));
        assertEquals("-0.002", s.format(-0.002));
    }

    @Test
    void aMeasureOfOneSignGetsASequentialBarWithNiceTicks() {
        ColourScale s = ColourScale.of(0.0012, 0.0551);
        assertFalse(s.diverging());
        assertArrayEquals(ColourScale.VIRIDIS, s.palette());
        assertEquals(s.pieces(), s.colours().length);
        assertEquals(0.01, s.step(), 1e-15);
        assertEquals(0, s.min(), 1e-15);
        assertEquals(0.06, s.max(), 1e-15);
        assertEquals(6, s.pieces());
        assertEquals(List.of("0.00", "0.03", "0.06"), List.of(s.format(0), s.format(0.03), s.format(0.06)));
        ColourScale tiny = ColourScale.of(1e-9, 7e-9);
        assertEquals(tiny.format(tiny.min()).length(), tiny.format(tiny.max()).length(), tiny.format(tiny.max()));
        assertTrue(tiny.format(tiny.max()).contains("e-"), tiny.format(tiny.max()));
        ColourScale flat = ColourScale.of(0.3, 0.3);
        assertTrue(flat.min() < 0.3 && flat.max() > 0.3 && flat.pieces() >= 1);
    }

    @Test
    void niceSteps() {
        assertEquals(0.25, ColourScale.nice(0.21), 1e-15);
        assertEquals(5, ColourScale.nice(3), 1e-15);
        assertEquals(1e-3, ColourScale.nice(1e-3), 1e-18);
        assertEquals(2, ColourScale.decimals(0.25));
    }

    /** Axis labels share one format: 0.65, 0.05, 0.00 — not 0.6500, 0.05000, 0.000. */
    @Test
    void axisLabelsShareOneFormat() {
        Function<Double, String> f = ColourScale.axisFormat(0, 0.667);
        assertEquals(List.of("0.65", "0.05", "0.00"), List.of(f.apply(0.65), f.apply(0.05), f.apply(0.0)));
        Function<Double, String> t = ColourScale.axisFormat(0, 2);
        assertEquals(List.of("0.00", "1.20"), List.of(t.apply(0.0), t.apply(1.2)));
    }
}
