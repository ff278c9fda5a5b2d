package fr.equipage.io;

import fr.equipage.files.AtomicFile;
import fr.equipage.model.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A printable page of the meet-up tables: one card per table (its number, who sits there with their
 * ministry, what they can talk about), one section per round starting on a new sheet. One self-contained
 * HTML file — styles inline, no script, image or external resource — so that it opens and prints
 * anywhere, offline; every text from the workshop is escaped.
 */
public final class MeetupCards {
    private static final String STYLE = """
            :root{color-scheme:light;--accent:#000091;--muted:#555;--line:#ccc}
            *{box-sizing:border-box}
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.4;color:#161616;background:#fff}
            header,section{max-width:60rem;margin:0 auto;padding:1rem}
            h1{font-size:1.6rem;margin:.25rem 0;color:var(--accent)}
            h2{font-size:1.3rem;margin:1rem 0 .5rem;border-bottom:3px solid var(--accent)}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.75rem}
            .card{border:2px solid var(--line);border-radius:.5rem;padding:.75rem;break-inside:avoid}
            .card h3{margin:0 0 .5rem;font-size:1.2rem;color:var(--accent)}
            ul{margin:0;padding-left:1.1rem}
            .ministry{color:var(--muted);font-size:.85rem}
            .topics{margin-top:.5rem;font-size:.9rem}
            .none{color:var(--muted);font-style:italic}
            @media print{body{font-size:11pt}h1,h2,.card h3{color:#000}section{break-before:page}
            section:first-of-type{break-before:auto}.card{border:1px solid #000}}
            """;

    private final MeetupLists lists;
    private final Locale locale;
    private final PublishTexts texts;

    private MeetupCards(MeetupLists lists, Locale locale) {
        this.lists = lists;
        this.locale = locale;
        this.texts = new PublishTexts(locale);
    }

    /** The page, French unless the language asked for is English. */
    public static String html(MeetupLists lists, Locale locale) {
        return new MeetupCards(lists, locale).html();
    }

    public static void write(MeetupLists lists, Locale locale, Path target) throws IOException {
        String text = html(lists, locale);
        AtomicFile.write(target, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }

    private static String e(String s) {
        return ProjectPage.escape(s);
    }

    private String html() {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(e(text("meetups.title", lists.workshop()))).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>").append(e(text("meetups.title", lists.workshop()))).append("</h1>\n");
        if (lists.rounds().isEmpty()) {
            b.append("<p>").append(e(text("meetups.noRound"))).append("</p>\n");
        }
        b.append("</header>\n");
        for (MeetupLists.RoundRows r : lists.rounds()) {
            b.append("<section id=\"tour-").append(r.number()).append("\">\n<h2>")
                    .append(e(r.date() == null ? text("meetups.round", r.number())
                            : text("meetups.roundOn", r.number(), r.date().format(
                                    DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale)))))
                    .append("</h2>\n<div class=\"cards\">\n");
            for (MeetupLists.Group g : r.groups()) {
                card(b, g);
            }
            b.append("</div>\n</section>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private void card(StringBuilder b, MeetupLists.Group g) {
        b.append("<article class=\"card\">\n<h3>").append(e(text("meetups.table", g.number()))).append("</h3>\n<ul>\n");
        for (MeetupLists.Member m : g.members()) {
            b.append("<li>").append(e(m.name()));
            if (!m.ministry().isEmpty()) {
                b.append(" <span class=\"ministry\">").append(e(m.ministry())).append("</span>");
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n<div class=\"topics\">");
        if (g.starters().isEmpty()) {
            b.append("<p class=\"none\">").append(e(text("meetups.noTopic"))).append("</p>");
        } else {
            b.append("<strong>").append(e(text("meetups.topics"))).append("</strong>\n<ul>\n");
            for (Message m : g.starters()) {
                b.append("<li>").append(e(m.format(locale))).append("</li>\n");
            }
            b.append("</ul>");
        }
        b.append("</div>\n</article>\n");
    }
}
