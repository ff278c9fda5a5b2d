package fr.equipage.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a command line in-process and captures what it prints. */
public final class CliRunner {
    public record Result(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = EquipageCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command on the data folder {@code data} ({@code --data-dir} first). */
    public static Result inDataDir(java.nio.file.Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }
}
