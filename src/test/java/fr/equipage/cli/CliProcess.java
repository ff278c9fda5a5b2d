package fr.equipage.cli;

import fr.equipage.app.Launcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line as the organiser does: a separate JVM on the test classpath, through the
 * Launcher and its System.exit, so that the exit code and what really reaches the terminal are
 * checked (an in-process run sees text that a missing flush would lose).
 */
final class CliProcess {
    record Result(int exitCode, String out, String err) {
    }

    private CliProcess() {
    }

    /** Runs the command on the data folder {@code workDir/data}, as {@code --data-dir} names it. */
    static Result inDataDir(Path workDir, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data-dir", workDir.resolve("data").toString()));
        all.addAll(List.of(args));
        return run(workDir, all.toArray(String[]::new));
    }

    static Result run(Path workDir, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
                "-Dsun.stderr.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the command did not finish: " + command);
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
