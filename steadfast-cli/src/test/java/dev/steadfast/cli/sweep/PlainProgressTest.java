package dev.steadfast.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PlainProgressTest {

    @Test
    void printsAtMostOneLinePerIntervalWithRateAndTimeLeft() {
        StringWriter sw = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        long second = 1_000_000_000L;
        try (PlainProgress p = new PlainProgress(new PrintWriter(sw), 100, 20, 5 * second, now::get)) {
            for (int i = 0; i < 40; i++) {
                now.addAndGet(second / 4);
                p.advance();
            }
        }
        String[] lines = sw.toString().split("\n");
        assertEquals(2 + 1, lines.length, sw.toString());
        assertEquals("sweep: 40/100 points (40%), 4.00 points/s, about 15 s left", lines[0]);
        assertTrue(lines[1].startsWith("sweep: 60/100 points (60%)"), lines[1]);
        assertEquals("sweep: 60/100 points done, 40 computed in 10.0 s", lines[2]);
    }

    @Test
    void durationsAreReadable() {
        assertEquals("42 s", PlainProgress.duration(42.2));
        assertEquals("2 min 05 s", PlainProgress.duration(125));
        assertEquals("3 h 20 min", PlainProgress.duration(12000));
    }
}
