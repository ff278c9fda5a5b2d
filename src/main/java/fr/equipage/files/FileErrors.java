package fr.equipage.files;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what the operating system says about a file ("No such file or directory", "Permission
 * denied", "Is a directory"…, in English whatever the user's language) into a French sentence that
 * names the file the organiser gave, not a temporary one.
 */
public final class FileErrors {
    private FileErrors() {
    }

    /** The sentence for a failure on {@code path}, the file the organiser named. */
    public static String describe(IOException e, Path path) {
        String name = "« " + path + " »";
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e instanceof FileNotFoundException && legacy(e) != null ? legacy(e)[1]
                : e.getMessage() == null ? "" : e.getMessage();
        String r = reason.toLowerCase(Locale.ROOT);
        if (e instanceof NoSuchFileException || r.contains("no such file")) {
            return name + " n'existe pas, ou son dossier n'existe pas.";
        }
        if (e instanceof AccessDeniedException || r.contains("permission denied") || r.contains("access is denied")) {
            return "Accès refusé à " + name + " : vérifiez ses droits, ou qu'il n'est pas ouvert dans un autre logiciel.";
        }
        if (e instanceof NotDirectoryException || r.contains("not a directory")) {
            return name + " : une partie de ce chemin est un fichier, pas un dossier.";
        }
        if (r.contains("is a directory")) {
            return name + " est un dossier, pas un fichier : indiquez un nom de fichier.";
        }
        if (e instanceof FileAlreadyExistsException) {
            return name + " existe déjà.";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return name + " est un dossier non vide.";
        }
        if (r.contains("no space left") || r.contains("not enough space") || r.contains("disk full")) {
            return "Plus de place sur le disque pour écrire " + name + ".";
        }
        if (r.contains("read-only file system")) {
            return name + " est sur un disque en lecture seule.";
        }
        if (r.contains("file name too long")) {
            return "Le nom " + name + " est trop long.";
        }
        return "Impossible d'utiliser " + name + " (le système indique : " + (reason.isEmpty() ? e.getClass().getSimpleName()
                : reason) + ").";
    }

    /** The path the exception is about, when the system said it. */
    public static Path pathOf(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return Path.of(f.getFile());
        }
        String[] legacy = legacy(e);
        return legacy == null ? null : Path.of(legacy[0]);
    }

    /** java.io streams say "PATH (REASON)" in a FileNotFoundException: path and reason, or null. */
    private static String[] legacy(IOException e) {
        if (!(e instanceof FileNotFoundException) || e.getMessage() == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.*) \\(([^()]*)\\)").matcher(e.getMessage());
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }
}
