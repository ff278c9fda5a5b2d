package fr.equipage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** Matching keys: plain ASCII texts take a fast path that must give what the Unicode path gives. */
class TextsTest {

    @Test
    void keyIgnoresCaseAccentsAndPunctuation() {
        assertEquals("camille martin", Texts.key("  Camille -- MARTIN. "));
        assertEquals("helene coeur", Texts.key("Hélène Cœur"));
        assertEquals("a1 b2", Texts.key("A1\t_b2"));
        assertEquals("", Texts.key(" - "));
    }

    /** "é" makes the text non-ASCII (Unicode path); "e" keeps it ASCII (fast path): same key. */
    @Property
    void asciiFastPathAgreesWithUnicodePath(@ForAll @CharRange(from = 0, to = 127) String s) {
        assertEquals(Texts.key(s + " e"), Texts.key(s + " é"));
        assertEquals(Texts.key("e" + s), Texts.key("é" + s));
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
