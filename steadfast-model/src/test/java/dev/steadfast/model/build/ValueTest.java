package dev.steadfast.model.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.steadfast.ensemble.CollectiveOperator;
import dev.steadfast.model.build.Value.Ens;
import dev.steadfast.model.build.Value.Scalar;
import dev.steadfast.model.expr.ExprException;
import org.junit.jupiter.api.Test;

/** The checked accessors of {@link Value}: the matching variant comes back, every other one is an ExprException. */
class ValueTest {
    private final Scalar number = new Scalar(2, 0);
    private final Ens ensemble = new Ens(CollectiveOperator.jz(), MemberTerms.NONE);

    @Test
    void theMatchingVariantComesBack() throws ExprException {
        assertSame(number, number.asScalar("unused", 0));
        assertSame(ensemble, ensemble.asEnsemble("unused", 0));
    }

    @Test
    void anyOtherVariantIsTheCallersMessageAtItsPosition() {
        ExprException e = assertThrows(ExprException.class, () -> ensemble.asScalar("cannot divide by an operator", 7));
        assertEquals("cannot divide by an operator", e.getMessage());
        assertEquals(7, e.position());
        assertThrows(ExprException.class, () -> ensemble.asOperator("no full-space matrix", 0));
        assertThrows(ExprException.class, () -> number.asOperator("no full-space matrix", 0));
        assertThrows(ExprException.class, () -> number.asEnsemble("not an ensemble operator", 0));
    }
}
