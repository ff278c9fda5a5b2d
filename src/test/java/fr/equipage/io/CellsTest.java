package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** Cell readers rewritten by hand for speed keep the rules they had as regular expressions. */
class CellsTest {
    /** The rule as it was written: one "@", no space, quote or angle bracket, a domain ending in ".xx". */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]{2,}$");

    @Property(tries = 3000)
    void anEmailIsRecognisedExactlyAsTheRegularExpressionDid(@ForAll("emailLike") String v) {
        boolean expected = EMAIL.matcher(v).matches();
        Statistics.collect(expected);
        assertThat(Cells.isEmail(v)).as(v).isEqualTo(expected);
        // Both answers must come up often, or the comparison would check little.
        Statistics.coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });
    }

    @Provide
    Arbitrary<String> emailLike() {
        // Few letters and many separators, so that both answers come up often (the statistics show it).
        Arbitrary<String> part = Arbitraries.strings().withChars("ab.é@ <>\"\t-").ofMinLength(0).ofMaxLength(5);
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab.@ <\"").ofMaxLength(12),
                net.jqwik.api.Combinators.combine(part, part, Arbitraries.strings().withChars("abc.").ofMinLength(0)
                        .ofMaxLength(4)).as((local, domain, tld) -> local + "@" + domain + "." + tld),
                net.jqwik.api.Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
                        Arbitraries.strings().alpha().ofMinLength(0).ofMaxLength(3))
                        .as((local, domain, tld) -> local + "@" + domain + "." + tld));
    }

    @Test
    void listsSplitOnEverySeparatorAndKeepTheFirstSpellingOfEachItem() {
        assertThat(Cells.list("Python, SQL;python\n- Dataviz | sql • R")).containsExactly("Python", "SQL", "Dataviz", "R");
        assertThat(Cells.list("")).isEmpty();
        assertThat(Cells.list(" ; , ")).isEmpty();
    }

    @Test
    void anonymousAnswersAreRecognisedWhateverTheCaseButNamesAreNot() {
        assertThat(Cells.isAnonymous("Anonymous")).isTrue();
        assertThat(Cells.isAnonymous("anonyme")).isTrue();
        assertThat(Cells.isAnonymous("ANONYME(E)")).isTrue();
        assertThat(Cells.isAnonymous("Prénom12")).isFalse();
        assertThat(Cells.isAnonymous("Annabelle")).isFalse();
    }
}
