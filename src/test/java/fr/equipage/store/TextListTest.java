package fr.equipage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A person's lists are stored as text: every list of real items comes back as it was, in order. */
class TextListTest {
    @Property(tries = 2000)
    void everyListOfItemsComesBackUnchanged(@ForAll("lists") List<String> items) {
        assertThat(TextList.split(TextList.join(items))).isEqualTo(items);
    }

    @Provide
    Arbitrary<List<String>> lists() {
        // Commas, semicolons, spaces, accents and line breaks: what cells hold; never empty (the import drops those).
        return Arbitraries.strings().withChars("aé ,;\n|\"'[]").withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8)
                .list().ofMaxSize(6);
    }

    @Test
    void aSeparatorTypedInAnItemDoesNotSplitIt() {
        assertThat(TextList.split(TextList.join(List.of("a\u001Fb", "c")))).containsExactly("a b", "c");
        assertThat(TextList.split(TextList.join(List.of()))).isEmpty();
        assertThat(TextList.split(null)).isEmpty();
    }
}
