package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import fr.equipage.model.Team;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The published project list: every retained project and nothing else, no one's name or e-mail
 * unless asked (and never an e-mail), no external resource, workshop texts escaped, in either language.
 */
public class ProjectPageTest {
    private static final LocalDate DAY = LocalDate.of(2023, 3, 20);
    private static final List<Ministry> MINISTRIES = List.of(
            new Ministry("MI", "Ministère de l'Intérieur et des Outre-mer", null),
            new Ministry("MC", "Ministère de la Culture", null),
            new Ministry("INSEE", "Institut national de la statistique et des études économiques", null));
    private static final List<Participant> PEOPLE = List.of(
            person("u1", "Camille", "Martin", "MI"), person("u2", "Léa", "Dupont", "MC"),
            person("u3", "Hugo", "Bernard", "INSEE"), person("u4", "Inès", "Petit", "MC"),
            person("u5", "Jules", "Robert", "MI"), person("u6", "Zoé", "Richard", "INSEE"));
    private static final Plan PLAN = new Plan(true, List.of(new Team("PA", List.of("u1", "u2", "u3")),
            new Team("PB", List.of("u4", "u5", "u6"))), List.of(), null, null, null, false);

    private static Participant person(String id, String first, String last, String ministry) {
        return new Participant(id, first, last, first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT)
                + "@agents.gouv.fr", ministry, List.of(), List.of(), List.of());
    }

    private static List<Proposal> proposals(ProposalStatus a, ProposalStatus b) {
        return List.of(
                new Proposal("PA", "Cartiflette <script>alert('x')</script>", "Des cartes & des données.\n\nDeux paragraphes.",
                        "MI", List.of("sig", "python"), 2, 5, List.of("u1"), a),
                new Proposal("PB", "PoufDoc", "", "MC", List.of("nlp"), 2, 5, List.of(), b),
                new Proposal("PC", "Projet abandonné", "", "MC", List.of(), 2, 5, List.of(), ProposalStatus.ABANDONED),
                new Proposal("PD", "Simple idée", "", "MC", List.of(), 2, 5, List.of(), ProposalStatus.PROPOSED));
    }

    private static ProjectList list(List<Proposal> proposals, boolean names) {
        return ProjectList.of("Journée de lancement 2023", "programme10@exemple.gouv.fr", DAY, proposals, PEOPLE,
                MINISTRIES, PLAN, names);
    }

    /** The page is well-formed (parsed as XML once the doctype is set aside). */
    private static Document parse(String html) throws Exception {
        assertThat(html).startsWith("<!DOCTYPE html>\n");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(
                html.substring("<!DOCTYPE html>\n".length()).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document d, String tag) {
        NodeList nodes = d.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }

    @Test
    void followedUpProjectsArePublishedWithWhatAReaderNeedsAndNoPersonalData() throws Exception {
        ProjectList list = list(proposals(ProposalStatus.LAUNCHED, ProposalStatus.SCOPED), false);
        String html = ProjectPage.html(list, Locale.FRANCE);
        Document d = parse(html);

        assertThat(texts(d, "h2")).containsExactly("Cartiflette <script>alert('x')</script>", "PoufDoc");
        assertThat(d.getElementsByTagName("script").getLength()).as("the title is text, not a script").isZero();
        assertThat(html).contains("&lt;script&gt;");
        assertThat(texts(d, "dd")).contains("Ministère de l'Intérieur et des Outre-mer",
                "Institut national de la statistique et des études économiques, Ministère de l'Intérieur et des Outre-mer, "
                        + "Ministère de la Culture", "sig, python");
        assertThat(texts(d, "span")).containsExactly("Lancé", "Cadré");
        assertThat(texts(d, "p")).contains("Des cartes & des données.", "Deux paragraphes.");
        assertThat(html).contains("href=\"mailto:programme10@exemple.gouv.fr\"", "20 mars 2023",
                "2 projets interministériels retenus");
        for (Participant p : PEOPLE) {
            assertThat(html).doesNotContain(p.email()).doesNotContain(p.lastName());
        }
        assertSelfContained(html);
    }

    public static void assertSelfContained(String html) {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("http://", "https://", "<script", "<link", "src=",
                "@import", "url(");
        assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
                "@media print", "<style>");
    }

    @Test
    void withoutAnyFollowUpTheTeamsOfThePlanArePublishedAndNamesOnlyWhenAsked() throws Exception {
        List<Proposal> none = proposals(ProposalStatus.PROPOSED, ProposalStatus.PROPOSED);
        assertThat(list(none, false).projects()).extracting(ProjectList.Project::id).containsExactly("PA", "PB");

        String html = ProjectPage.html(list(none, true), Locale.FRANCE);
        Document d = parse(html);
        assertThat(texts(d, "dd")).contains("Hugo Bernard, Léa Dupont, Camille Martin", "Inès Petit, Zoé Richard, Jules Robert");
        assertThat(html).as("names, never e-mails").doesNotContain("@agents.gouv.fr", "camille.martin");
        for (Participant p : PEOPLE) {
            assertThat(html).doesNotContain(p.email());
        }
    }

    @Test
    void onlyRetainedScopedOrLaunchedProjectsOnceTheFollowUpHasStarted() {
        // PB is a team of the plan but the organiser abandoned it; PA was kept.
        List<Proposal> some = proposals(ProposalStatus.RETAINED, ProposalStatus.ABANDONED);
        assertThat(list(some, false).projects()).extracting(ProjectList.Project::id).containsExactly("PA");
    }

    @Test
    void englishPageAndMarkdownKeepTheSameRulesAndEscapes() throws Exception {
        ProjectList list = list(proposals(ProposalStatus.RETAINED, ProposalStatus.RETAINED), false);
        String en = ProjectPage.html(list, ProjectPage.language("en"));
        parse(en);
        assertThat(en).contains("lang=\"en\"", "Carrying administration", "Skills sought", "March 20, 2023", "Team formed");
        assertSelfContained(en);

        String md = ProjectPage.markdown(list, Locale.FRANCE);
        assertThat(md).startsWith("# Les projets de la saison\n");
        assertThat(md).contains("## Cartiflette &lt;script&gt;alert('x')&lt;/script&gt;\n", "## PoufDoc\n",
                "- **Administration porteuse** : Ministère de l'Intérieur et des Outre-mer",
                "<programme10@exemple.gouv.fr>");
        assertThat(md).doesNotContain("<script", "Projet abandonné", "Simple idée");
        for (Participant p : PEOPLE) {
            assertThat(md).doesNotContain(p.email()).doesNotContain(p.lastName());
        }
        assertThat(ProjectPage.markdown(list, Locale.ENGLISH)).contains("- **Skills sought**: nlp");
        assertThat(ProjectPage.md("[lien](javascript:x) *gras* # titre")).isEqualTo("\\[lien\\](javascript:x) \\*gras\\* \\# titre");
    }

    @Test
    void bothLanguagesHaveEveryText() throws Exception {
        java.util.Properties fr = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/i18n/publish.properties");
             var b = getClass().getResourceAsStream("/i18n/publish_en.properties")) {
            fr.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(b, StandardCharsets.UTF_8));
        }
        assertThat(en.stringPropertyNames()).isEqualTo(fr.stringPropertyNames());
        for (ProposalStatus status : ProposalStatus.values()) {
            if (status.going()) {
                assertThat(fr.getProperty("status." + status.name())).as(status.name()).isNotBlank();
            }
        }
    }
}
