package fr.equipage.ui.trainings;

import fr.equipage.io.Texts;
import fr.equipage.model.TrainingSession;
import fr.equipage.ui.framework.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The session form's state as typed, and its checks: every problem is said next to its field, in
 * French, with what was read ("Nombre de places : « dix » n'est pas un nombre entier"). The date, the
 * speaker and the place may be left empty until known; theme and seats may not. Free of JavaFX.
 */
public final class SessionForm {
    /** The fields, to put each message beside the right one. */
    public enum Field { THEME, DATE, SPEAKER, CAPACITY, PLACE }

    /** Dates as French organisers type them: 14/03/2024, 14/3/24 also accepted. */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final I18n i18n;
    private final List<String> themes;
    /** The session's number when editing one, 0 for a new session. */
    private int id;
    private String theme = "";
    private String date = "";
    private String speaker = "";
    private String capacity = "";
    private boolean online;
    private String place = "";

    public SessionForm(I18n i18n, List<String> themes) {
        this.i18n = i18n;
        this.themes = List.copyOf(themes);
    }

    /** A new session on {@code theme}: the capacity proposed is the number of people who asked, at least 1. */
    public static SessionForm forNew(I18n i18n, List<String> themes, String theme, int asked) {
        SessionForm f = new SessionForm(i18n, themes);
        f.theme = theme == null ? "" : theme;
        f.capacity = Integer.toString(Math.max(1, asked));
        return f;
    }

    /** The form filled with a saved session, to edit it. */
    public static SessionForm of(I18n i18n, List<String> themes, TrainingSession s) {
        SessionForm f = new SessionForm(i18n, themes);
        f.id = s.id();
        f.theme = s.theme();
        f.date = s.date() == null ? "" : SHOWN.format(s.date());
        f.speaker = s.speaker() == null ? "" : s.speaker();
        f.capacity = Integer.toString(s.capacity());
        f.online = s.online();
        f.place = s.place() == null ? "" : s.place();
        return f;
    }

    /** The problems, field by field, in the form's order; empty when the session can be saved. */
    public Map<Field, String> problems() {
        Map<Field, String> out = new LinkedHashMap<>();
        String t = theme.strip();
        if (t.isEmpty()) {
            out.put(Field.THEME, i18n.get("trainings.form.theme.missing"));
        } else if (matchTheme(t).isEmpty()) {
            out.put(Field.THEME, i18n.format("trainings.form.theme.unknown", t));
        }
        // No date yet is allowed: sessions are often planned before their day is fixed.
        if (!date.isBlank() && parseDate(date).isEmpty()) {
            out.put(Field.DATE, i18n.format("trainings.form.date.unreadable", date.strip()));
        }
        if (speaker.strip().length() > CatalogueChecks.MAX_LENGTH) {
            out.put(Field.SPEAKER, i18n.format("trainings.form.tooLong", CatalogueChecks.MAX_LENGTH));
        }
        String c = capacity.strip();
        if (c.isEmpty()) {
            out.put(Field.CAPACITY, i18n.get("trainings.form.capacity.missing"));
        } else if (!c.matches("\\d{1,6}")) {
            out.put(Field.CAPACITY, i18n.format("trainings.form.capacity.notNumber", c));
        } else if (Integer.parseInt(c) == 0) {
            out.put(Field.CAPACITY, i18n.get("trainings.form.capacity.zero"));
        }
        // Room or link may be given later, as the date.
        if (place.strip().length() > CatalogueChecks.MAX_LENGTH) {
            out.put(Field.PLACE, i18n.format("trainings.form.tooLong", CatalogueChecks.MAX_LENGTH));
        }
        return out;
    }

    public boolean valid() {
        return problems().isEmpty();
    }

    /** The session to save, once {@link #valid()}; the theme as the catalogue spells it. */
    public Optional<TrainingSession> draft() {
        if (!valid()) {
            return Optional.empty();
        }
        return Optional.of(new TrainingSession(id, matchTheme(theme.strip()).orElseThrow(),
                date.isBlank() ? null : parseDate(date).orElseThrow(), Texts.collapseSpaces(speaker),
                Integer.parseInt(capacity.strip()), Texts.collapseSpaces(place), online));
    }

    /** The catalogue's theme for what was typed, in any case and with or without accents. */
    private Optional<String> matchTheme(String typed) {
        String key = Texts.key(typed);
        return themes.stream().filter(t -> Texts.key(t).equals(key)).findFirst();
    }

    public static Optional<LocalDate> parseDate(String text) {
        String t = text == null ? "" : text.strip().replace('.', '/').replace('-', '/');
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(f == DateTimeFormatter.ISO_LOCAL_DATE ? t.replace('/', '-') : t, f));
            } catch (DateTimeParseException e) {
                // next spelling
            }
        }
        return Optional.empty();
    }

    public List<String> themes() {
        return themes;
    }

    public String theme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme == null ? "" : theme;
    }

    public String date() {
        return date;
    }

    public void setDate(String date) {
        this.date = date == null ? "" : date;
    }

    public void setDate(LocalDate day) {
        this.date = day == null ? "" : SHOWN.format(day);
    }

    public String speaker() {
        return speaker;
    }

    public void setSpeaker(String speaker) {
        this.speaker = speaker == null ? "" : speaker;
    }

    public String capacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity == null ? "" : capacity;
    }

    public boolean online() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public String place() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place == null ? "" : place;
    }
}
