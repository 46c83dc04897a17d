package dev.steadfast.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import org.junit.jupiter.api.Test;

/** Embedding a site operator equals the Kronecker product with identities, in site (tensor) order. */
class EmbeddingTest {

    @Test
    void embedIsTheKroneckerProductInSiteOrder() {
        Space s = Space.of(Site.qubit("a"), Site.boson("c", 3), Site.spin("j", 1.0));
        CMatrix i2 = CMatrix.identity(2);
        CMatrix i3 = CMatrix.identity(3);
        CMatrix sz = LocalOperators.sz(s.site(0)).toDense();
        CMatrix a = LocalOperators.destroy(s.site(1)).toDense();
        CMatrix jp = LocalOperators.jp(s.site(2)).toDense();
        assertEquals(0, Operators.embed(s, 0, LocalOperators.sz(s.site(0))).toDense().maxAbsDifference(sz.kron(i3).kron(i3)), 0);
        assertEquals(0, Operators.embed(s, 1, LocalOperators.destroy(s.site(1))).toDense().maxAbsDifference(i2.kron(a).kron(i3)), 0);
        assertEquals(0, Operators.embed(s, 2, LocalOperators.jp(s.site(2))).toDense().maxAbsDifference(i2.kron(i3).kron(jp)), 0);
    }

    @Test
    void localOperatorsSatisfyTheirAlgebra() {
        Site q = Site.qubit("q");
        CMatrix sx = LocalOperators.sx(q).toDense();
        CMatrix sy = LocalOperators.sy(q).toDense();
        CMatrix sz = LocalOperators.sz(q).toDense();
        // [sx, sy] = 2 i sz, and sp raises: sp |0> = |1>
        assertEquals(0, sx.times(sy).minus(sy.times(sx)).maxAbsDifference(sz.scale(0, 2)), 1e-15);
        assertEquals(1.0, LocalOperators.sp(q).toDense().re(1, 0), 0);
        Site j = Site.spin("j", 1.5);
        CMatrix jx = LocalOperators.jx(j).toDense();
        CMatrix jy = LocalOperators.jy(j).toDense();
        CMatrix jz = LocalOperators.jz(j).toDense();
        // J^2 = j(j+1) and [jx, jy] = i jz
        CMatrix j2 = jx.times(jx).plus(jy.times(jy)).plus(jz.times(jz));
        assertEquals(0, j2.maxAbsDifference(CMatrix.identity(4).scale(1.5 * 2.5, 0)), 1e-13);
        assertEquals(0, jx.times(jy).minus(jy.times(jx)).maxAbsDifference(jz.scale(0, 1)), 1e-13);
        // boson: [a, adag] = 1 below the cutoff
        Site c = Site.boson("c", 6);
        CMatrix a = LocalOperators.destroy(c).toDense();
        CMatrix comm = a.times(a.adjoint()).minus(a.adjoint().times(a));
        for (int n = 0; n < 5; n++) {
            assertEquals(1.0, comm.re(n, n), 1e-14);
        }
    }
}
