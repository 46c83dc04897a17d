package dev.steadfast.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.cli.BadInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridTest {

    @Test
    void linearGridIncludesBothEndsLikeLinspace() {
        GridAxis a = GridAxis.parse("g=0:1:11");
        assertEquals("g", a.name());
        assertEquals(11, a.size());
        assertEquals(0.0, a.value(0));
        assertEquals(0.3, a.value(3), 0.0, "rounded to 12 significant digits, not 0.30000000000000004");
        assertEquals(1.0, a.value(10));
        assertFalse(a.logarithmic());
    }

    @Test
    void decreasingAndSinglePointLinearGrids() {
        assertArrayEquals(new double[] {2, 1.5, 1}, GridAxis.parse("T=2:1:3").values());
        assertArrayEquals(new double[] {0.5}, GridAxis.parse("T=0.5:0.5:1").values());
    }

    @Test
    void logarithmicGridIsEvenlySpacedInLog10() {
        GridAxis a = GridAxis.parse("k=log:1e-3:1:4");
        assertArrayEquals(new double[] {1e-3, 1e-2, 1e-1, 1}, a.values());
        assertTrue(a.logarithmic());
        GridAxis b = GridAxis.parse("k=log:1:100:5");
        assertEquals(Math.sqrt(10), b.value(1), 1e-11);
        assertEquals(10, b.value(2), 0.0);
    }

    @Test
    void explicitListKeepsItsOrder() {
        assertArrayEquals(new double[] {0.1, 0.2, 0.5, -1}, GridAxis.parse("gc=0.1,0.2,0.5,-1").values());
        assertArrayEquals(new double[] {3}, GridAxis.parse("gc=3").values());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "0:1:5|expected name=",
        "=0:1:5|expected name=",
        "g=|no values",
        "g=0:1|a range is start:stop:count",
        "g=0:1:2:3|a range is start:stop:count",
        "g=a:1:3|'a' is not a finite number",
        "g=0:1:0|must be a whole number from 1",
        "g=0:1:2.5|must be a whole number from 1",
        "g=0:1:-3|must be a whole number from 1",
        "g=log:0:1:3|start > 0 and stop > 0",
        "g=log:1:-1:3|start > 0 and stop > 0",
        "g=log:1:10|log:start:stop:count",
        "g=0.1,x|'x' is not a finite number",
        "g=0.1,,0.2|'' is not a finite number",
        "g=0.1,0.2,0.1|appears twice",
        "g=1:1:3|appears twice",
        "g=0:1:NaN|must be a whole number",
        "g=0:Infinity:3|'Infinity' is not a finite number"})
    void malformedGridsAreBadInputNamingTheProblem(String spec, String problem) {
        BadInputException e = assertThrows(BadInputException.class, () -> GridAxis.parse(spec));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith("--grid " + spec), e.getMessage());
    }

    @Test
    void pointsAreRowMajorWithTheFirstAxisSlowest() {
        Grid g = Grid.parse(List.of("x=0,1,2", "y=10,20"));
        assertEquals(6, g.size());
        assertEquals(Map.of("x", 0.0, "y", 20.0), g.point(1));
        assertEquals(Map.of("x", 2.0, "y", 10.0), g.point(4));
        assertArrayEquals(new int[] {1, 1}, g.indices(3));
        Set<List<Double>> seen = new HashSet<>();
        for (int i = 0; i < g.size(); i++) {
            double[] v = g.values(i);
            assertTrue(seen.add(List.of(v[0], v[1])));
            assertEquals(i, g.indexByValues().get(List.of(v[0], v[1])));
        }
    }

    @Test
    void gridRejectsTwoAxesForOneParameterAndTooManyPoints() {
        BadInputException twice = assertThrows(BadInputException.class, () -> Grid.parse(List.of("x=0:1:3", "x=1,2")));
        assertTrue(twice.getMessage().contains("has two grids"), twice.getMessage());
        assertThrows(BadInputException.class, () -> Grid.parse(List.of()));
        BadInputException big = assertThrows(BadInputException.class,
                () -> Grid.parse(List.of("a=0:1:10000", "b=0:1:10000")));
        assertTrue(big.getMessage().contains("more than"), big.getMessage());
    }
}
