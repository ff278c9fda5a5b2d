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

    private static final Pattern CHOICE_AFTER = Pattern.compile(
            "^(?:choix|voeu|voeux|souhait|preference|projet|choice|wish|option|rang)\\s*(?:n|no|num|numero)?\\s*(\\d{1,2})$");
    private static final Pattern CHOICE_BEFORE = Pattern.compile(
            "^(\\d{1,2})\\s*(?:er|ere|e|eme|nd|nde|st|rd|th)?\\s*(?:choix|voeu|souhait|choice|preference|wish|projet)(?:\\s.*)?$");
    private static final String[] ORDINALS = {"premier", "deuxieme", "troisieme", "quatrieme", "cinquieme",
            "sixieme", "septieme", "huitieme", "neuvieme", "dixieme"};
    private static final String[] ORDINALS_ALT = {"1er", "second", "3e", "4e", "5e", "6e", "7e", "8e", "9e", "10e"};

    static {
        exact(Field.LAST_NAME, "nom", "nom de famille", "nom d usage", "nom de naissance", "last name", "lastname",
                "surname", "family name", "votre nom");
        exact(Field.FIRST_NAME, "prenom", "prenoms", "first name", "firstname", "given name", "forename", "votre prenom");
        exact(Field.FULL_NAME, "nom complet", "nom prenom", "prenom nom", "nom et prenom", "prenom et nom",
                "nom et prenoms", "noms et prenoms", "full name", "name", "identite", "participant", "participante",
                "participant e", "personne", "agent", "nom du participant", "nom de la personne");
        exact(Field.EMAIL, "courriel", "email", "e mail", "mail", "mel", "adresse electronique", "adresse mail",
                "adresse e mail", "adresse email", "adresse courriel", "adresse de courriel", "adresse mel",
                "email address", "e mail address", "votre courriel", "votre adresse electronique", "votre email",
                "courriel professionnel", "adresse electronique professionnelle");
        exact(Field.MINISTRY, "ministere", "administration", "direction", "organisme", "structure", "ministry",
                "department", "organisation", "organization", "employeur", "entite", "service", "ministere porteur",
                "administration porteuse", "ministere ou administration", "ministere de rattachement",
                "administration d origine", "ministere d origine", "votre ministere", "votre administration",
                "agency", "ministere administration");
        exact(Field.SKILLS, "competences", "competence", "savoir faire", "skills", "vos competences", "expertise",
                "expertises", "competences cles", "domaines de competence");
        exact(Field.INTERESTS, "centres d interet", "centre d interet", "interets", "interests", "thematiques",
                "thematiques d interet", "vos centres d interet", "sujets d interet");
        exact(Field.CHOICE_LIST, "projets souhaites", "projets", "choix", "voeux", "vos choix", "projets choisis",
                "preferences", "choices", "projets preferes", "projets qui vous interessent", "souhaits",
                "projets souhaites par ordre de preference", "choix des projets", "projects", "wishes");
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
                "e mail"}) {
            PREFIX.put(compact(s), Field.EMAIL);
        }
        for (String s : new String[] {"prenom"}) {
            PREFIX.put(compact(s), Field.FIRST_NAME);
        }
        for (String s : new String[] {"nom de famille", "nom d usage"}) {
            PREFIX.put(compact(s), Field.LAST_NAME);
        }
        for (String s : new String[] {"nom complet", "nom et prenom", "prenom et nom"}) {
            PREFIX.put(compact(s), Field.FULL_NAME);
        }
        for (String s : new String[] {"ministere", "administration", "organisme", "direction"}) {
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
        String key = Texts.key(stripNotes(header));
        if (key.isEmpty()) {
            return ColumnTarget.IGNORE;
        }
        ColumnTarget choice = choiceRank(key);
        if (choice != null) {
            return choice;
        }
        String c = key.replace(" ", "");
        Field f = EXACT.get(c);
        if (f != null) {
            return ColumnTarget.of(f);
        }
        // The longest known start wins: "nom du projet…" is a title, "nom de famille…" a last name.
        String best = null;
        for (String p : PREFIX.keySet()) {
            if (c.startsWith(p) && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best == null ? ColumnTarget.IGNORE : ColumnTarget.of(PREFIX.get(best));
    }

    /** "Nom (obligatoire)", "Courriel *", "Ministère :" → the words that matter. */
    private static String stripNotes(String header) {
        if (header == null) {
            return "";
        }
        return header.replaceAll("\\((?i:facultatif|optionnel|obligatoire|requis|optional|required)\\)", " ")
                .replace('*', ' ');
    }

    private static ColumnTarget choiceRank(String key) {
        Matcher m = CHOICE_AFTER.matcher(key);
        if (!m.matches()) {
            m = CHOICE_BEFORE.matcher(key);
        }
        if (m.matches()) {
            int rank = Integer.parseInt(m.group(1));
            return rank >= 1 && rank <= ColumnTarget.MAX_RANK ? ColumnTarget.choice(rank) : null;
        }
        String first = key.split(" ")[0];
        for (int i = 0; i < ORDINALS.length; i++) {
            if ((first.equals(ORDINALS[i]) || first.equals(ORDINALS_ALT[i])) && key.matches(
                    "^\\S+ (?:choix|voeu|souhait|choice|projet)(?: .*)?$")) {
                return ColumnTarget.choice(i + 1);
            }
        }
        return null;
    }

    /**
     * Proposes a mapping for a sheet from its first rows: the header is the row with the most
     * recognised headers among the first {@link #HEADER_SEARCH_ROWS} (the first one when none is
     * recognised); a field claimed by two columns goes to the first, the second is left unmapped.
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
        List<String> headers = new ArrayList<>(header.cells());
        List<ColumnTarget> targets = new ArrayList<>();
        for (String h : headers) {
            ColumnTarget t = targetOf(h);
            targets.add(targets.contains(t) && t.field() != Field.IGNORE ? ColumnTarget.IGNORE : t);
        }
        return new ColumnMapping(header.number(), headers, targets);
    }

    private static int recognised(SourceRow row) {
        int n = 0;
        for (String cell : row.cells()) {
            if (targetOf(cell).field() != Field.IGNORE) {
                n++;
            }
        }
        return n;
    }
}
