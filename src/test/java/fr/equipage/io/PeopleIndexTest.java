package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** A name's key is its words sorted, whatever their order: "MARTIN Camille" = "Camille Martin". */
class PeopleIndexTest {
    @Property
    void nameKeyIsTheSortedWordsOfTheKey(@ForAll @Chars({'a', 'b', 'B', 'é', ' ', '-'}) @StringLength(max = 12) String first,
                                         @ForAll @Chars({'a', 'b', 'É', ' ', '\''}) @StringLength(max = 12) String last) {
        String[] words = Texts.key(first + " " + last).split(" ");
        Arrays.sort(words);
        assertThat(PeopleIndex.nameKey(first, last)).isEqualTo(String.join(" ", words));
        assertThat(PeopleIndex.nameKey(last, first)).isEqualTo(PeopleIndex.nameKey(first, last));
    }
}
