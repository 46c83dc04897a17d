package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.state.DensityMatrix;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Java example of the README, compiled and run here; the README's code must be this code. */
class JavaApiExampleTest {

    /** The README example, line for line (between the imports and the end). */
    private static DensityMatrix readmeExample() throws ModelException {
        Model model = Catalogue.resolve("thermal-entanglement-machine");   // or Model.load(Path.of("my.yaml"))
        SolvedPoint p = model.instantiate(Map.of("Th", 2.0)).solve();       // the one certified pipeline
        if (p.isUnique()) {
            System.out.println("C = " + p.measures().get("C"));             // every measure, in file order
            DensityMatrix rho = p.rho();                                     // in the model's basis
            System.out.println("rho[0][0] = " + rho.matrix().re(0, 0) + ", purity " + rho.purity());
        } else {
            System.out.println(p.steadyState().describe());                  // why it is not unique
        }
        DensityMatrix gibbs = model.instantiate(Map.of()).gibbs(0.5).state(); // exact e^(-H/T)/Z
        return gibbs;
    }

    @Test
    void theReadmeExampleRuns() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DensityMatrix gibbs;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            gibbs = readmeExample();
        } finally {
            System.setOut(saved);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("C = ") && printed.contains("purity"), printed);
        assertEquals(1, gibbs.trace(), 1e-12);
    }

    /** Every code line of the README's java block (imports aside) is a line of {@link #readmeExample}. */
    @Test
    void theReadmeShowsThisCode() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README has a java block");
        String self = Files.readString(Path.of("src", "test", "java", "dev", "steadfast", "model", "JavaApiExampleTest.java"));
        int lines = 0;
        for (String line : m.group(1).split("\n")) {
            String code = line.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (code.startsWith("import ")) {
                assertTrue(self.contains(code) || code.equals("import dev.steadfast.model.Catalogue;")
                        || code.equals("import dev.steadfast.model.Model;") || code.equals("import dev.steadfast.model.SolvedPoint;"), code);
                continue;
            }
            assertTrue(self.contains(code), "the README line is not in the tested example: " + code);
            lines++;
        }
        assertTrue(lines >= 10 && lines <= 15, lines + " lines of code");
    }
}
