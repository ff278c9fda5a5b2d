package fr.equipage.io;

import fr.equipage.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ProjectList} as the page the programme puts on its website: one self-contained
 * HTML file (inline style, no script, no external resource; readable on a phone, printable) or
 * Markdown. Every text from the workshop is escaped, so a title such as {@code <script>} shows as
 * typed. The HTML is also well-formed XML, which keeps it valid for any site generator.
 */
public final class ProjectPage {
    /** The page's formats, as named on the command line. */
    public enum Format {
        HTML, MARKDOWN
    }

    private static final String STYLE = """
            :root{color-scheme:light;--accent:#000091;--muted:#555;--line:#ddd}
            *{box-sizing:border-box}
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#161616;background:#fff}
            header,main,footer{max-width:52rem;margin:0 auto;padding:1rem}
            header{border-bottom:4px solid var(--accent)}
            h1{font-size:1.8rem;margin:.5rem 0;color:var(--accent)}
            h2{font-size:1.3rem;margin:0 0 .5rem}
            .project{border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:0 0 1rem;break-inside:avoid}
            .status{display:inline-block;font-size:.85rem;padding:.1rem .5rem;border-radius:1rem;background:#e3e3fd;color:var(--accent)}
            dl{margin:.5rem 0 0}
            dt{font-weight:600;color:var(--muted);font-size:.9rem;margin-top:.5rem}
            dd{margin:0}
            footer{color:var(--muted);border-top:1px solid var(--line)}
            a{color:var(--accent)}
            @media (max-width:40rem){h1{font-size:1.4rem}header,main,footer{padding:.75rem}}
            @media print{body{font-size:11pt}header{border-bottom:2px solid #000}h1,a,.status{color:#000}
            .status{background:none;border:1px solid #000}.project{border:none;border-bottom:1px solid #999;border-radius:0;padding:.5rem 0}
            a{text-decoration:none}}
            """;

    /** Where a link goes in a sentence: a private-use character no text from the bundles holds. */
    private static final String SLOT = "\uE000";

    private final ProjectList list;
    private final Locale locale;
    private final PublishTexts texts;

    private ProjectPage(ProjectList list, Locale locale) {
        this.list = list;
        this.locale = locale;
        this.texts = new PublishTexts(locale);
    }

    /** French unless the language asked for is English. */
    public static Locale language(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.FRANCE;
    }

    public static String html(ProjectList list, Locale locale) {
        return new ProjectPage(list, locale).html();
    }

    public static String markdown(ProjectList list, Locale locale) {
        return new ProjectPage(list, locale).markdown();
    }

    /** Writes the page whole or not at all (UTF-8). */
    public static void write(ProjectList list, Format format, Locale locale, Path target) throws IOException {
        String text = format == Format.HTML ? html(list, locale) : markdown(list, locale);
        AtomicFile.write(target, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }

    private String date() {
        return list.publishedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    private String html() {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(text("page.title", list.workshop()))).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>").append(escape(text("page.heading"))).append("</h1>\n")
                .append("<p>").append(escape(text("page.intro", list.projects().size(), list.workshop()))).append("</p>\n")
                .append("</header>\n<main>\n");
        for (ProjectList.Project p : list.projects()) {
            b.append("<article class=\"project\" id=\"").append(escape(p.id())).append("\">\n")
                    .append("<h2>").append(escape(p.title())).append("</h2>\n")
                    .append("<span class=\"status\">").append(escape(text("status." + p.status().name()))).append("</span>\n");
            for (String paragraph : paragraphs(p.description())) {
                b.append("<p>").append(escape(paragraph).replace("\n", "<br/>")).append("</p>\n");
            }
            b.append("<dl>\n");
            definition(b, "project.carrier", p.carrier().isEmpty() ? List.of() : List.of(p.carrier()));
            definition(b, "project.ministries", p.teamMinistries());
            definition(b, "project.skills", p.skills());
            if (!p.members().isEmpty()) {
                definition(b, "project.members", p.members());
            }
            b.append("</dl>\n</article>\n");
        }
        b.append("</main>\n<footer>\n");
        if (!list.contact().isEmpty()) {
            String mail = escape(list.contact());
            b.append("<p>").append(escape(text("contact", SLOT)).replace(SLOT,
                    "<a href=\"mailto:" + mail + "\">" + mail + "</a>")).append("</p>\n");
        }
        b.append("<p>").append(escape(text("published", date()))).append("</p>\n</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private void definition(StringBuilder b, String key, List<String> values) {
        b.append("<dt>").append(escape(text(key))).append("</dt><dd>")
                .append(escape(values.isEmpty() ? text("project.none") : String.join(", ", values))).append("</dd>\n");
    }

    private String markdown() {
        StringBuilder b = new StringBuilder(2048);
        b.append("# ").append(md(text("page.heading"))).append("\n\n")
                .append(md(text("page.intro", list.projects().size(), list.workshop()))).append("\n");
        for (ProjectList.Project p : list.projects()) {
            b.append("\n## ").append(md(p.title())).append("\n\n")
                    .append("*").append(md(text("status." + p.status().name()))).append("*\n\n");
            for (String paragraph : paragraphs(p.description())) {
                b.append(md(paragraph).replace("\n", "  \n")).append("\n\n");
            }
            item(b, "project.carrier", p.carrier().isEmpty() ? List.of() : List.of(p.carrier()));
            item(b, "project.ministries", p.teamMinistries());
            item(b, "project.skills", p.skills());
            if (!p.members().isEmpty()) {
                item(b, "project.members", p.members());
            }
        }
        b.append('\n');
        if (!list.contact().isEmpty()) {
            // An autolink takes the address as typed (escapes would show); one with spaces or brackets could
            // not be an autolink, so it is written as plain text.
            String mail = list.contact().matches("[^<>\\s]+") ? "<" + list.contact() + ">" : md(list.contact());
            b.append(md(text("contact", SLOT)).replace(SLOT, mail)).append("\n\n");
        }
        b.append(md(text("published", date()))).append('\n');
        return b.toString();
    }

    private void item(StringBuilder b, String key, List<String> values) {
        b.append("- **").append(md(text(key))).append("**").append(text("colon"))
                .append(md(values.isEmpty() ? text("project.none") : String.join(", ", values))).append('\n');
    }

    /** Blank lines separate paragraphs; single line breaks are kept inside one. */
    private static List<String> paragraphs(String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return t.isEmpty() ? List.of() : List.of(t.split("\\n\\s*\\n"));
    }

    /** Text for HTML content and attribute values. */
    static String escape(String s) {
        return escaped(s, c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        });
    }

    /**
     * Text for Markdown: its punctuation is escaped so that a title never turns into a link or a
     * heading, and HTML (which Markdown lets through) becomes entities, so it stays inert.
     */
    static String md(String s) {
        return escaped(s, c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '{', '}' -> "\\" + c;
            default -> null;
        });
    }

    /** What a character becomes, or null to keep it. */
    @FunctionalInterface
    private interface Replacement {
        String of(char c);
    }

    /**
     * Each character replaced as {@code replacement} says (null: kept). Control characters other than
     * line breaks and tabs are dropped: neither HTML nor XML allows them.
     */
    private static String escaped(String s, Replacement replacement) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = replacement.of(c);
            if (r != null) {
                out.append(r);
            } else if (c >= 0x20 || c == '\n' || c == '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
