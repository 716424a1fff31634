package gradlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradlab.io.InputError;
import gradlab.lesson.LessonFolder;
import gradlab.lesson.Lint;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Checks lesson files: each loads; each task with a solution fails at its start, holds after its solution and after none of its wrong approaches.")
final class LintCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "LESSON.md|DIR", description = "a lesson file or a folder of them")
    Path path;
    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws InputError, IOException {
        if (path.toString().isEmpty()) throw InputError.option("LESSON.md|DIR", "no file or folder given");
        if (!Files.exists(path)) throw new InputError(path.toString(), 1, 1, "no such file or folder");
        List<Lint.Report> reports = new ArrayList<>();
        for (Path file : Lint.lessonFiles(path)) {
            try {
                if (Files.isDirectory(path)) LessonFolder.resolve(path, file.getFileName().toString());
            } catch (IllegalArgumentException outside) {   // a link in the folder to a file elsewhere is not read
                reports.add(new Lint.Report(file, null, 0, 0, List.of(file + ":1:1: " + outside.getMessage())));
                continue;
            }
            reports.add(Lint.check(file));
        }
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        int problems = reports.stream().mapToInt(r -> r.problems().size()).sum();
        if (json) {
            ObjectNode root = Json.object();
            ArrayNode lessons = root.putArray("lessons");
            for (Lint.Report r : reports) {
                ObjectNode node = lessons.addObject();
                node.put("file", r.file().toString());
                if (r.title() == null) node.putNull("title"); else node.put("title", r.title());
                node.put("steps", r.steps());
                node.put("tasks", r.tasks());
                ArrayNode p = node.putArray("problems");
                r.problems().forEach(p::add);
            }
            out.println(Json.write(root));
        } else {
            for (Lint.Report r : reports) {
                r.problems().forEach(err::println);
                if (r.title() != null) out.printf("%s: %s (%d steps, %d tasks)%s%n", r.file(), r.title(), r.steps(), r.tasks(),
                        r.problems().isEmpty() ? "" : ", " + r.problems().size() + " problem(s)");
            }
            out.printf("%d lesson(s), %d task(s), %d problem(s)%n", reports.size(), reports.stream().mapToInt(Lint.Report::tasks).sum(), problems);
        }
        out.flush();
        err.flush();
        return problems == 0 ? 0 : GradLabCommand.BAD_INPUT;
    }
}
