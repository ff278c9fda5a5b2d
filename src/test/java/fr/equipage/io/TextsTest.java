package fr.equipage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** Matching keys: Latin texts are folded through a table that must give what the Unicode path gives. */
class TextsTest {

    @Test
    void keyIgnoresCaseAccentsAndPunctuation() {
        assertEquals("camille martin", Texts.key("  Camille -- MARTIN. "));
        assertEquals("helene coeur", Texts.key("Hélène Cœur"));
        assertEquals("a1 b2", Texts.key("A1\t_b2"));
        assertEquals("", Texts.key(" - "));
    }

    /** Latin text takes the folding table, other text the decomposition: the keys must not differ. */
    @Property
    void latinTableAgreesWithUnicodePath(@ForAll @CharRange(from = 0, to = Texts.LATIN_END - 1) String s) {
        assertEquals(Texts.unicodeKey(s), Texts.key(s));
    }

    @Test
    void everyLatinCharacterFoldsAsTheUnicodePathDoes() {
        for (char c = 0; c < Texts.LATIN_END; c++) {
            for (String s : new String[] {String.valueOf(c), "a" + c + "b", " " + c + c + " z"}) {
                assertEquals(Texts.unicodeKey(s), Texts.key(s), "U+" + Integer.toHexString(c));
            }
        }
    }

    /** Beyond Latin Extended-A, the decomposition still takes accents off (here Greek and Vietnamese). */
    @Test
    void otherScriptsKeepTheirLettersWithoutAccents() {
        assertEquals("αθηνα", Texts.key("Ἀθήνα"));
        assertEquals("nguyen van an", Texts.key("Nguyễn Văn Ân"));
        assertEquals("oeuvre", Texts.key("Œuvre​"));
    }

    @Test
    void collapseSpacesJoinsRunsOfWhiteSpace() {
        assertEquals("Camille Martin", Texts.collapseSpaces(" Camille \t\n Martin  "));
        assertEquals("Camille Martin", Texts.collapseSpaces("Camille Martin"));
    }

    @Property
    void collapseSpacesAsTheRegexDoes(@ForAll @Chars({' ', '\t', '\n', '\r', '\f', '\u000b', '\u00a0', 'a', 'B'}) String s) {
        assertEquals(s.replaceAll("\\s+", " ").strip(), Texts.collapseSpaces(s));
    }
}
