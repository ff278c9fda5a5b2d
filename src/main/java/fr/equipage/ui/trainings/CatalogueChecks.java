package fr.equipage.ui.trainings;

import fr.equipage.io.Texts;
import fr.equipage.ui.framework.I18n;
import java.util.List;
import java.util.Optional;

/**
 * The checks before the organiser changes the catalogue of themes (add, rename, merge, remove), with
 * the French sentence that says what is wrong. Two spellings that differ only by case, accents or
 * punctuation are the same theme, as at import ("dataviz" is « Dataviz »): renaming into an existing
 * theme is refused and the sentence points to « Fusionner » instead.
 */
public final class CatalogueChecks {
    /** The database keeps theme names of up to 200 characters. */
    public static final int MAX_LENGTH = 200;

    private final I18n i18n;
    private final List<String> catalogue;

    public CatalogueChecks(I18n i18n, List<String> catalogue) {
        this.i18n = i18n;
        this.catalogue = List.copyOf(catalogue);
    }

    /** A name that can be saved (spaces collapsed), or why not. */
    public record Result(String name, String problem) {
        static Result ok(String name) {
            return new Result(name, null);
        }

        static Result refused(String problem) {
            return new Result(null, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    public Result add(String typed) {
        String name = clean(typed);
        if (name.isEmpty()) {
            return Result.refused(i18n.get("trainings.catalogue.blank"));
        }
        if (name.length() > MAX_LENGTH) {
            return Result.refused(i18n.format("trainings.catalogue.tooLong", MAX_LENGTH, name.length()));
        }
        return same(name, null).map(t -> Result.refused(i18n.format("trainings.catalogue.exists", t)))
                .orElse(Result.ok(name));
    }

    /** Renaming {@code theme}; a change of case or accents only is allowed ("dataviz" → "Dataviz"). */
    public Result rename(String theme, String typed) {
        String name = clean(typed);
        if (name.isEmpty()) {
            return Result.refused(i18n.get("trainings.catalogue.blank"));
        }
        if (name.equals(theme)) {
            return Result.refused(i18n.get("trainings.catalogue.unchanged"));
        }
        if (name.length() > MAX_LENGTH) {
            return Result.refused(i18n.format("trainings.catalogue.tooLong", MAX_LENGTH, name.length()));
        }
        return same(name, theme).map(t -> Result.refused(i18n.format("trainings.catalogue.renameExists", t, theme)))
                .orElse(Result.ok(name));
    }

    /** Merging {@code from} into {@code into}: the people who asked for either keep one need, {@code into}. */
    public Result merge(String from, String into) {
        if (into == null || !catalogue.contains(into)) {
            return Result.refused(i18n.get("trainings.catalogue.mergeChoose"));
        }
        if (into.equals(from)) {
            return Result.refused(i18n.format("trainings.catalogue.mergeSelf", from));
        }
        return Result.ok(into);
    }

    /** The themes {@code theme} can be merged into, in the catalogue's order. */
    public List<String> mergeTargets(String theme) {
        return catalogue.stream().filter(t -> !t.equals(theme)).toList();
    }

    /**
     * Removing a theme: only one nobody uses (no need, session or speaker idea), so that nothing is lost
     * silently; otherwise the sentence says who uses it and to merge it into another theme instead.
     */
    public Result remove(String theme, int people, int sessions, int ideas) {
        if (people + sessions + ideas > 0) {
            return Result.refused(i18n.format("trainings.catalogue.inUse", theme, people, sessions, ideas));
        }
        return Result.ok(theme);
    }

    private Optional<String> same(String name, String except) {
        String key = Texts.key(name);
        return catalogue.stream().filter(t -> !t.equals(except) && Texts.key(t).equals(key)).findFirst();
    }

    private static String clean(String typed) {
        return typed == null ? "" : Texts.collapseSpaces(typed).strip();
    }
}
