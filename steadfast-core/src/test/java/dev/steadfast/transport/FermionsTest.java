package dev.steadfast.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.system.Excitations;
import org.junit.jupiter.api.Test;

/** Canonical anticommutation relations of the Jordan–Wigner fermions, and their commutation with other sites. */
class FermionsTest {
    private static double norm(Operator o) {
        return o.toDense().frobeniusNorm();
    }

    private static Operator anti(Operator a, Operator b) {
        return a.times(b).plus(b.times(a));
    }

    private static Operator comm(Operator a, Operator b) {
        return a.times(b).minus(b.times(a));
    }

    @Test
    void everyPairOfThreeModesAnticommutesCanonically() {
        Space s = Space.of(Site.fermion("f1"), Site.fermion("f2"), Site.fermion("f3"));
        Operator id = Operator.identity(s);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                Operator ci = Fermions.annihilate(s, i);
                Operator cj = Fermions.annihilate(s, j);
                Operator expected = i == j ? id : Operator.zero(s);
                assertEquals(0, norm(anti(ci, Fermions.create(s, j)).minus(expected)), 1e-14, "{c_" + i + ", c_" + j + "†}");
                assertEquals(0, norm(anti(ci, cj)), 1e-14, "{c_" + i + ", c_" + j + "}");
            }
            assertEquals(0, norm(Fermions.create(s, i).times(Fermions.annihilate(s, i)).minus(Fermions.number(s, i))), 1e-14);
        }
    }

    @Test
    void fermionsInterleavedWithOtherSitesStillAnticommuteAndCommuteWithThem() {
        Space s = Space.of(Site.fermion("f1"), Site.qubit("q"), Site.fermion("f2"), Site.boson("b", 3), Site.fermion("f3"));
        int[] modes = {0, 2, 4};
        Operator id = Operator.identity(s);
        for (int i : modes) {
            for (int j : modes) {
                Operator expected = i == j ? id : Operator.zero(s);
                assertEquals(0, norm(anti(Fermions.annihilate(s, i), Fermions.create(s, j)).minus(expected)), 1e-14);
                assertEquals(0, norm(anti(Fermions.annihilate(s, i), Fermions.annihilate(s, j))), 1e-14);
            }
            Operator c = Fermions.annihilate(s, i);
            for (Operator other : new Operator[] {Operators.sigmaMinus(s, "q"), Operators.sigmaX(s, "q"),
                    Operators.destroy(s, "b"), Operators.create(s, "b")}) {
                assertEquals(0, norm(comm(c, other)), 1e-14);
                assertEquals(0, norm(comm(c.dag(), other)), 1e-14);
            }
        }
    }

    @Test
    void annihilatorLowersTheExcitationByOneAndTotalNumberCountsFermionsOnly() {
        Space s = Space.of(Site.fermion("f1"), Site.qubit("q"), Site.fermion("f2"));
        int[] q = Excitations.of(s);
        var m = Fermions.annihilate(s, 2).matrix();
        for (int i = 0; i < m.rows(); i++) {
            for (int p = m.rowPtr()[i]; p < m.rowPtr()[i + 1]; p++) {
                assertEquals(q[m.colIdx()[p]] - 1, q[i]);
            }
        }
        Operator n = Fermions.totalNumber(s);
        Operator expected = Fermions.number(s, 0).plus(Fermions.number(s, 2));
        assertEquals(0, norm(n.minus(expected)), 1e-15);
    }

    @Test
    void aNonFermionSiteIsRefused() {
        Space s = Space.of(Site.qubit("q"), Site.fermion("f"));
        assertThrows(IllegalArgumentException.class, () -> Fermions.annihilate(s, 0));
    }
}
