package dev.steadfast.cli;

import dev.steadfast.model.Catalogue;
import dev.steadfast.model.Model;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steadfast models}: the built-in models; {@code models show NAME} prints one. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the built-in models: name and the first sentence of the description.",
        subcommands = ModelsCommand.Show.class)
final class ModelsCommand implements Callable<Integer> {
    static final int MAX_SUMMARY = 100;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Model> models = Catalogue.all();
        int width = models.stream().mapToInt(m -> m.name().length()).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (Model m : models) {
            out.println(String.format("%-" + width + "s  %s", m.name(), summary(m.description())).stripTrailing());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The first sentence of a description, cut at a word to at most {@code MAX_SUMMARY} characters. */
    static String summary(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        int end = t.indexOf(". ");
        String s = end < 0 ? t : t.substring(0, end + 1);
        if (s.length() <= MAX_SUMMARY) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_SUMMARY - 1);
        return s.substring(0, cut > 0 ? cut : MAX_SUMMARY - 1) + "…";
    }

    /** {@code steadfast models show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a built-in model file (YAML).")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "A built-in model name.")
        String name;

        @Override
        public Integer call() {
            Model m = Catalogue.find(name).orElseThrow(() -> new BadInputException("unknown model '" + name
                    + "'; the built-in models are: " + String.join(", ", Catalogue.all().stream().map(Model::name).toList())));
            PrintWriter out = spec.commandLine().getOut();
            String text = m.sourceText();
            out.print(text.endsWith("\n") ? text : text + "\n");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
