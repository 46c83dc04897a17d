package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every complete model example in docs/model-format.md reads and instantiates. */
class DocExamplesTest {
    @Test
    void examplesInTheFormatDocumentWork() throws Exception {
        Path doc = Path.of("..", "docs", "model-format.md");
        String text = Files.readString(doc);
        Matcher m = Pattern.compile("```(yaml|json)\\n(.*?)```", Pattern.DOTALL).matcher(text);
        int models = 0;
        while (m.find()) {
            String block = m.group(2);
            if (!block.contains("sites")) {
                continue;
            }
            Model model = Model.parse(block, "docs/model-format.md example " + (models + 1));
            model.instantiate(Map.of());
            models++;
        }
        assertTrue(models >= 4, "found " + models + " examples");
    }
}
