package gradlab.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code --help --json} and {@code --version --json}: one JSON object instead of text, so a script that
 * asks for JSON always gets JSON.
 * <pre>
 * {"command": "gradlab train", "version": "0.1.0", "description": "...", "usage": "the help text",
 *  "options": [{"names": ["--net"], "value": "NET", "required": true, "default": null, "description": "..."}, ...],
 *  "parameters": [{"value": "LESSON.md|DIR", "required": true, "description": "..."}],
 *  "commands": ["forward", ...]}
 * </pre>
 * {@code --version --json} is {@code {"command": ..., "version": ...}}.
 */
final class HelpJson {
    private HelpJson() {}

    static String help(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        StringBuilder out = new StringBuilder("{");
        head(out, spec);
        out.append(",\"description\":");
        JsonText.string(out, String.join(" ", spec.usageMessage().description()));
        out.append(",\"usage\":");
        JsonText.string(out, command.getUsageMessage(CommandLine.Help.Ansi.OFF));
        out.append(",\"options\":[");
        List<OptionSpec> options = spec.options();
        for (int i = 0; i < options.size(); i++) {
            OptionSpec option = options.get(i);
            out.append(i > 0 ? ",{" : "{").append("\"names\":[");
            String[] names = option.names();
            for (int n = 0; n < names.length; n++) JsonText.string(n > 0 ? out.append(',') : out, names[n]);
            out.append("],\"value\":");
            text(out, option.typeInfo().isBoolean() ? null : option.paramLabel());
            out.append(",\"required\":").append(option.required()).append(",\"default\":");
            text(out, option.defaultValue());
            out.append(",\"description\":");
            JsonText.string(out, String.join(" ", option.description()).replace("${DEFAULT-VALUE}", String.valueOf(option.defaultValue())));
            out.append('}');
        }
        out.append("],\"parameters\":[");
        List<PositionalParamSpec> parameters = spec.positionalParameters();
        for (int i = 0; i < parameters.size(); i++) {
            PositionalParamSpec parameter = parameters.get(i);
            out.append(i > 0 ? ",{" : "{").append("\"value\":");
            JsonText.string(out, parameter.paramLabel());
            out.append(",\"required\":").append(parameter.required()).append(",\"description\":");
            JsonText.string(out, String.join(" ", parameter.description()));
            out.append('}');
        }
        out.append("],\"commands\":[");
        int c = 0;
        for (String name : spec.subcommands().keySet()) JsonText.string(c++ > 0 ? out.append(',') : out, name);
        return out.append("]}").toString();
    }

    static String version(CommandLine command) {
        StringBuilder out = new StringBuilder("{");
        head(out, command.getCommandSpec());
        return out.append('}').toString();
    }

    private static void head(StringBuilder out, CommandSpec spec) {
        out.append("\"command\":");
        JsonText.string(out, spec.qualifiedName());
        out.append(",\"version\":");
        JsonText.string(out, Version.number());
    }

    private static void text(StringBuilder out, String value) {
        if (value == null) out.append("null");
        else JsonText.string(out, value);
    }
}
