package fr.equipage.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises column headers written by people and form tools, in French or English, with or without
 * accents, case, punctuation or a "(facultatif)" note, and finds the header row below title rows.
 */
public final class HeaderMapper {
    /** How many rows at the top may be titles before the real header. */
    public static final int HEADER_SEARCH_ROWS = 10;

    private static final Map<String, Field> EXACT = new HashMap<>();
    /** Synonyms a longer header may start with ("Adresse électronique professionnelle"). */
    private static final Map<String, Field> PREFIX = new HashMap<>();

    /**
     * Where a rank may sit around a question: "Question (1er choix)", "Question [1]", "Question – Choix 2",
     * "Question : 1er vœu", "[1] Question", "(2e choix) Question". Group 1 holds the words, group 2 the marker.
     */
    private static final List<Pattern> MARKERS = List.of(
            Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)$"),
            Pattern.compile("^(.*?)\\s*\\[([^\\[\\]]+)\\]$"),
            Pattern.compile("^(.*?)\\s+[-–—:]\\s*([^-–—:]+)$"),
            Pattern.compile("^(.*?):\\s*([^:]+)$"),
            Pattern.compile("^()\\(([^()]+)\\)\\s*.*$"),
            Pattern.compile("^()\\[([^\\[\\]]+)\\]\\s*.*$"));
    /** "Classez les projets [Titre du projet]": a ranking grid column (Google Forms writes them so). */
    private static final Pattern GRID = Pattern.compile("^(.*\\S)\\s*\\[([^\\[\\]]+)\\]\\s*$");
    /** A question about choosing projects: its single answer cell is a list of titles. */
    private static final Pattern PROJECT_QUESTION = Pattern.compile(".*\\b(?:projet|projets|project|projects)\\b.*");
    private static final Pattern CHOOSING = Pattern.compile(".*\\b(?:souhait\\w*|choisi\\w*|choix|prefer\\w*|rejoindre|"
            + "interess\\w*|class\\w*|rank\\w*|join|want|like|wish\\w*|ordre|order|voeu\\w*|priorit\\w*|participer)\\b.*");
    /** Columns form tools add that are nobody's data: recognised, so that they are ignored without a warning. */
    private static final java.util.Set<String> METADATA = new java.util.HashSet<>();

    static {
        for (String m : new String[] {"id", "horodateur", "horodatage", "timestamp", "heure de debut", "heure de fin",
                "start time", "completion time", "end time", "last modified time", "heure de la derniere modification",
                "date de soumission", "submitted at", "submission date", "date de la derniere action", "date de lancement",
                "derniere page", "langue de depart", "tete de serie", "id de la reponse", "response id", "adresse ip",
                "ip address", "date", "date et heure", "token", "jeton", "submission id", "respondent id",
                "date de creation", "created at", "statut", "status", "referer", "url de provenance"}) {
            METADATA.add(compact(m));
        }
        exact(Field.LAST_NAME, "nom", "nom de famille", "nom d usage", "nom de naissance", "last name", "lastname",
                "surname", "family name", "votre nom", "nom d usage", "nom patronymique", "your last name");
        exact(Field.FIRST_NAME, "prenom", "prenoms", "first name", "firstname", "given name", "forename", "votre prenom", "given names", "your first name", "prenom usuel");
        exact(Field.FULL_NAME, "nom complet", "nom prenom", "prenom nom", "nom et prenom", "prenom et nom",
                "nom et prenoms", "noms et prenoms", "full name", "name", "identite", "participant", "participante",
                "participant e", "personne", "agent", "nom du participant", "nom de la personne", "nom prenoms", "prenom nom de famille",
                "your name", "votre nom et prenom", "votre nom complet", "first and last name", "name first and last",
                "first name and last name", "full name first last", "nom et prenom de l agent", "respondent", "nom de l agent");
        exact(Field.EMAIL, "courriel", "email", "e mail", "mail", "mel", "adresse electronique", "adresse mail",
                "adresse e mail", "adresse email", "adresse courriel", "adresse de courriel", "adresse mel",
                "email address", "e mail address", "votre courriel", "votre adresse electronique", "votre email",
                "courriel professionnel", "adresse electronique professionnelle", "adresse de messagerie", "messagerie",
                "work email", "professional email", "e mail professionnel", "email professionnel", "your email",
                "mail professionnel", "adresse mail professionnelle", "courriel pro");
        exact(Field.MINISTRY, "ministere", "administration", "direction", "organisme", "structure", "ministry",
                "department", "organisation", "organization", "employeur", "entite", "service", "ministere porteur",
                "administration porteuse", "ministere ou administration", "ministere de rattachement",
                "administration d origine", "ministere d origine", "votre ministere", "votre administration",
                "agency", "ministere administration", "ministere ou organisme", "ministere ou structure", "affectation",
                "service d affectation", "direction d affectation", "administration d affectation", "structure d affectation",
                "entity", "employer", "your ministry", "your agency", "your organisation", "your organization",
                "government department", "ministry or agency", "ministere de tutelle", "etablissement", "institution",
                "votre structure", "votre organisme", "votre direction", "ministere structure");
        exact(Field.SKILLS, "competences", "competence", "savoir faire", "skills", "vos competences", "expertise",
                "expertises", "competences cles", "domaines de competence");
        exact(Field.INTERESTS, "centres d interet", "centre d interet", "interets", "interests", "thematiques",
                "thematiques d interet", "vos centres d interet", "sujets d interet");
        exact(Field.TRAININGS, "formations souhaitees", "besoins de formation", "training needs", "formations",
                "formation souhaitee", "besoin de formation", "besoins en formation", "trainings", "training wishes",
                "themes de formation", "formations qui vous interessent", "vos besoins de formation");
        exact(Field.OFFERS, "savoir faire a partager", "savoir faire partage", "savoir faire partages", "je peux partager",
                "ce que je peux partager", "ce que je peux apporter", "je peux apporter", "competences a partager",
                "savoir faire offert", "savoir faire offerts", "savoir faire proposes", "je peux aider sur",
                "je peux montrer", "know how to share", "know how offered", "skills i can share", "i can share",
                "i can teach", "can teach", "skills to share", "what i can share", "offers", "offered skills");
        exact(Field.SEEKS, "ce que je veux apprendre", "je veux apprendre", "ce que je souhaite apprendre",
                "je souhaite apprendre", "j aimerais apprendre", "ce que j aimerais apprendre", "envies d apprendre",
                "savoir faire souhaites", "savoir faire a acquerir", "competences a acquerir", "competences a developper",
                "want to learn", "i want to learn", "what i want to learn", "skills i want to learn",
                "know how sought", "know how wanted", "know how to learn", "skills to learn", "learning wishes",
                "seeks", "sought skills");
        exact(Field.CHOICE_LIST, "projets souhaites", "projets", "choix", "voeux", "vos choix", "projets choisis",
                "preferences", "choices", "projets preferes", "projets qui vous interessent", "souhaits",
                "projets souhaites par ordre de preference", "choix des projets", "projects", "wishes", "classement",
                "classement des projets", "ranking", "project ranking", "project preferences", "preferred projects",
                "ordre de preference", "vos voeux", "voeux de projets");
        exact(Field.TITLE, "titre", "titre du projet", "nom du projet", "intitule", "intitule du projet", "title",
                "project title", "project", "projet", "project name", "proposition", "titre de la proposition");
        exact(Field.DESCRIPTION, "description", "description du projet", "resume", "descriptif", "presentation",
                "summary", "presentation du projet", "objectif", "objectifs");
        exact(Field.PROPOSERS, "porteur", "porteurs", "porteuse", "porteuses", "porteur s", "propose par",
                "proposee par", "porteur du projet", "porteurs du projet", "proposer", "proposers", "proposed by",
                "porteur euse s", "porteur se");
        exact(Field.MIN_SIZE, "taille min", "taille minimale", "taille mini", "taille minimum", "effectif min",
                "effectif minimum", "effectif minimal", "min size", "minimum size", "minimum", "min", "nb min",
                "nombre minimum", "nombre min", "min participants", "minimum de participants");
        exact(Field.MAX_SIZE, "taille max", "taille maximale", "taille maxi", "taille maximum", "effectif max",
                "effectif maximum", "effectif maximal", "max size", "maximum size", "maximum", "max", "nb max",
                "nombre maximum", "nombre max", "max participants", "maximum de participants");
        exact(Field.SIZE_RANGE, "taille", "effectif", "taille de l equipe", "taille d equipe", "team size", "size",
                "nombre de participants", "taille souhaitee");
        exact(Field.NEEDED_SKILLS, "competences recherchees", "competences necessaires", "competences attendues",
                "competences requises", "profils recherches", "needed skills", "skills needed", "required skills",
                "savoir faire recherches", "competences souhaitees");
        // Long enough to be unambiguous at the start of a longer header.
        for (String s : new String[] {"adresse electronique", "adresse mail", "adresse e mail", "courriel", "email",
                "e mail", "adresse de messagerie", "e mail address", "email address", "mail"}) {
            PREFIX.put(compact(s), Field.EMAIL);
        }
        for (String s : new String[] {"prenom", "first name", "given name"}) {
            PREFIX.put(compact(s), Field.FIRST_NAME);
        }
        for (String s : new String[] {"nom de famille", "nom d usage", "last name", "surname", "family name"}) {
            PREFIX.put(compact(s), Field.LAST_NAME);
        }
        for (String s : new String[] {"nom complet", "nom et prenom", "prenom et nom", "full name"}) {
            PREFIX.put(compact(s), Field.FULL_NAME);
        }
        for (String s : new String[] {"ministere", "administration", "organisme", "direction", "structure", "affectation",
                "agency", "ministry", "organisation", "organization"}) {
            PREFIX.put(compact(s), Field.MINISTRY);
        }
        for (String s : new String[] {"competences recherchees", "competences necessaires", "competences attendues",
                "profils recherches"}) {
            PREFIX.put(compact(s), Field.NEEDED_SKILLS);
        }
        for (String s : new String[] {"competences", "savoir faire"}) {
            PREFIX.put(compact(s), Field.SKILLS);
        }
        for (String s : new String[] {"centres d interet", "centre d interet"}) {
            PREFIX.put(compact(s), Field.INTERESTS);
        }
        for (String s : new String[] {"formations souhaitees", "besoins de formation", "besoins en formation",
                "training needs"}) {
            PREFIX.put(compact(s), Field.TRAININGS);
        }
        for (String s : new String[] {"savoir faire a partager", "je peux partager", "ce que je peux partager",
                "ce que je peux apporter", "know how to share", "skills i can share", "competences a partager"}) {
            PREFIX.put(compact(s), Field.OFFERS);
        }
        for (String s : new String[] {"ce que je veux apprendre", "je veux apprendre", "ce que je souhaite apprendre",
                "j aimerais apprendre", "ce que j aimerais apprendre", "want to learn", "what i want to learn",
                "skills i want to learn", "competences a acquerir"}) {
            PREFIX.put(compact(s), Field.SEEKS);
        }
        for (String s : new String[] {"projets souhaites", "projets choisis", "choix des projets", "projets qui"}) {
            PREFIX.put(compact(s), Field.CHOICE_LIST);
        }
        for (String s : new String[] {"titre", "intitule", "nom du projet"}) {
            PREFIX.put(compact(s), Field.TITLE);
        }
        for (String s : new String[] {"description"}) {
            PREFIX.put(compact(s), Field.DESCRIPTION);
        }
        for (String s : new String[] {"porteur", "propose par", "proposee par"}) {
            PREFIX.put(compact(s), Field.PROPOSERS);
        }
        for (String s : new String[] {"taille min", "effectif min"}) {
            PREFIX.put(compact(s), Field.MIN_SIZE);
        }
        for (String s : new String[] {"taille max", "effectif max"}) {
            PREFIX.put(compact(s), Field.MAX_SIZE);
        }
    }

    private HeaderMapper() {
    }

    private static void exact(Field f, String... synonyms) {
        for (String s : synonyms) {
            EXACT.put(compact(s), f);
        }
    }

    private static String compact(String s) {
        return Texts.compactKey(s);
    }

    /** The field a header names, IGNORE when it is not recognised. */
    public static ColumnTarget targetOf(String header) {
        String words = stripNotes(header);
        String key = Texts.key(words);
        if (key.isEmpty()) {
            return ColumnTarget.IGNORE;
        }
        int rank = Ranks.ofLabel(key);
        if (rank > 0) {
            return ColumnTarget.choice(rank);
        }
        ColumnTarget marked = rankMarker(words);
        if (marked != null) {
            return marked;
        }
        Matcher grid = GRID.matcher(words);
        if (grid.matches()) {
            // "Question [Project title]": a ranking grid column when it has siblings (see propose),
            // unless the words before the brackets name another field ("Courriel [pro]").
            Field before = plainField(Texts.key(grid.group(1)));
            return before == null || before == Field.CHOICE_LIST || before == Field.TITLE ? ColumnTarget.IGNORE
                    : ColumnTarget.of(before);
        }
        Field f = plainField(key);
        if (f != null) {
            return ColumnTarget.of(f);
        }
        return PROJECT_QUESTION.matcher(key).matches() && CHOOSING.matcher(key).matches()
                ? ColumnTarget.of(Field.CHOICE_LIST) : ColumnTarget.IGNORE;
    }

    /** By exact synonym, else the longest known start: "nom du projet…" is a title, "nom de famille…" a last name. */
    private static Field plainField(String key) {
        Field f = plainFieldAsWritten(key);
        String unaddressed = key.replaceFirst("^(?:votre|vos|ton|ta|tes|your) ", "");
        return f != null || unaddressed.equals(key) ? f : plainFieldAsWritten(unaddressed);
    }

    private static Field plainFieldAsWritten(String key) {
        String c = key.replace(" ", "");
        Field f = EXACT.get(c);
        if (f != null) {
            return f;
        }
        String best = null;
        for (String p : PREFIX.keySet()) {
            if (c.startsWith(p) && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best == null ? null : PREFIX.get(best);
    }

    /**
     * "Quels projets souhaitez-vous rejoindre ? (1er choix)", "Projet [2]", "Projets – Choix 3",
     * "[First choice] Projet": a question or label followed or preceded by a rank. A bare number in
     * brackets counts only when the words before it are not another field ("Nom (2)" is no choice).
     */
    private static ColumnTarget rankMarker(String header) {
        for (Pattern p : MARKERS) {
            Matcher m = p.matcher(header);
            if (!m.matches()) {
                continue;
            }
            int labelled = Ranks.ofLabel(Texts.key(m.group(2)));
            if (labelled > 0) {
                return ColumnTarget.choice(labelled);
            }
            int bare = Ranks.ofValue(m.group(2));
            String rest = Texts.key(m.group(1));
            Field other = rest.isEmpty() ? null : plainField(rest);
            if (bare > 0 && (other == null || other == Field.CHOICE_LIST || other == Field.TITLE)) {
                return ColumnTarget.choice(bare);
            }
        }
        return null;
    }

    /** Timestamps, response ids and the like: known columns that hold no one's data. */
    public static boolean isMetadata(String header) {
        return METADATA.contains(Texts.compactKey(stripNotes(header)));
    }

    /** "Nom (obligatoire)", "Courriel *", "Ministère :" → the words that matter. */
    private static String stripNotes(String header) {
        if (header == null) {
            return "";
        }
        return header.replaceAll("\\((?i:facultatif|optionnel|obligatoire|requis|optional|required)\\)", " ")
                .replace('*', ' ').strip().replaceAll("[:?]+$", "").strip();
    }

    /**
     * Proposes a mapping for a sheet from its first rows: the header is the row with the most
     * recognised headers among the first {@link #HEADER_SEARCH_ROWS} (the first one when none is
     * recognised). A field claimed by two columns goes to the one whose sample cells hold the most
     * usable values (Microsoft Forms adds an "anonymous" e-mail column before the form's own), the
     * first on a tie; the other is left unmapped. Columns "Question [Project]" that share their
     * question and hold ranks form a ranking grid.
     */
    public static ColumnMapping propose(List<SourceRow> firstRows) {
        if (firstRows.isEmpty()) {
            return new ColumnMapping(0, List.of(), List.of());
        }
        SourceRow header = firstRows.get(0);
        int best = recognised(header);
        for (int i = 1; i < Math.min(firstRows.size(), HEADER_SEARCH_ROWS); i++) {
            int n = recognised(firstRows.get(i));
            if (n > best) {
                best = n;
                header = firstRows.get(i);
            }
        }
        int headerRow = header.number();
        List<SourceRow> data = firstRows.stream().filter(r -> r.number() > headerRow).toList();
        List<String> headers = new ArrayList<>(header.cells());
        List<ColumnTarget> targets = new ArrayList<>();
        for (String h : headers) {
            targets.add(targetOf(h));
        }
        rankingGrid(headers, targets, data);
        Map<ColumnTarget, Integer> owner = new HashMap<>();
        for (int c = 0; c < targets.size(); c++) {
            ColumnTarget t = targets.get(c);
            if (t.field() == Field.IGNORE || t.field() == Field.RANK) {
                continue;
            }
            Integer first = owner.get(t);
            if (first == null) {
                owner.put(t, c);
            } else if (usable(t.field(), data, c) > usable(t.field(), data, first)) {
                targets.set(first, ColumnTarget.IGNORE);
                owner.put(t, c);
            } else {
                targets.set(c, ColumnTarget.IGNORE);
            }
        }
        return new ColumnMapping(headerRow, headers, targets);
    }

    /** Unmapped "Question [Title]" columns, two or more with the same question, whose cells are ranks. */
    private static void rankingGrid(List<String> headers, List<ColumnTarget> targets, List<SourceRow> data) {
        Map<String, List<Integer>> byQuestion = new java.util.LinkedHashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            Matcher m = GRID.matcher(headers.get(c).strip());
            if (targets.get(c).field() == Field.IGNORE && m.matches()) {
                byQuestion.computeIfAbsent(Texts.key(m.group(1)), k -> new ArrayList<>()).add(c);
            }
        }
        for (Map.Entry<String, List<Integer>> e : byQuestion.entrySet()) {
            List<Integer> cols = e.getValue();
            int filled = 0;
            int ranks = 0;
            for (SourceRow r : data) {
                for (int c : cols) {
                    if (!r.cell(c).isEmpty()) {
                        filled++;
                        ranks += Ranks.ofValue(r.cell(c)) > 0 ? 1 : 0;
                    }
                }
            }
            boolean rankedCells = filled > 0 && ranks * 10 >= filled * 8;
            if (cols.size() >= 2 && (rankedCells || filled == 0 && Ranks.soundsLikeChoice(e.getKey()))) {
                cols.forEach(c -> targets.set(c, ColumnTarget.of(Field.RANK)));
            }
        }
    }

    /** The project a ranking grid column is about: the title in its brackets, else the whole header. */
    public static String gridTitle(String header) {
        Matcher m = GRID.matcher(header.strip());
        return m.matches() ? m.group(2).strip() : header.strip();
    }

    /** How many sample cells of a column hold a value usable for the field. */
    private static int usable(Field f, List<SourceRow> data, int column) {
        int n = 0;
        for (SourceRow r : data) {
            String v = r.cell(column);
            if (f == Field.EMAIL ? Cells.isEmail(Cells.email(v)) : !v.isEmpty() && !Cells.isAnonymous(v)) {
                n++;
            }
        }
        return n;
    }

    /** Header-like cells of a row: known fields, form-tool columns, "Question [Project]" grid columns. */
    private static int recognised(SourceRow row) {
        int n = 0;
        for (String cell : row.cells()) {
            if (targetOf(cell).field() != Field.IGNORE || isMetadata(cell) || GRID.matcher(cell.strip()).matches()) {
                n++;
            }
        }
        return n;
    }
}
