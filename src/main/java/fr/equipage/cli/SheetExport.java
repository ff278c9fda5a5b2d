package fr.equipage.cli;

import fr.equipage.model.Workshop;
import fr.equipage.service.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the commands writing a spreadsheet of a stored workshop share: {@code --out}, {@code --format
 * csv|xlsx} and {@code --workshop}; a bad format or option is refused (exit 2) before anything is opened.
 */
abstract class SheetExport implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoredData data;

    @Mixin
    SheetOutput sheet;

    /** The command's own options checked before anything is opened: a French refusal, or null. */
    String refusal() {
        return null;
    }

    /** Writes the file; returns the exit code. */
    abstract int write(Services services, Workshop workshop, Path out, boolean xlsx) throws IOException;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public Integer call() throws IOException {
        String f = sheet.format();
        String refused = f == null ? sheet.unknown() : refusal();
        if (refused != null) {
            err().println(refused);
            return EquipageCommand.INVALID;
        }
        try (Services services = data.open()) {
            return write(services, data.require(services), sheet.out(), f.equals("xlsx"));
        }
    }
}
