package fr.equipage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** New refs follow the stored ones, with their padding. */
class RefAllocatorTest {

    @Test
    void firstRefsOfAnEmptyWorkshopHaveTwoDigits() {
        RefAllocator ids = new RefAllocator("u", List.of());
        assertEquals("u01", ids.next());
        assertEquals("u02", ids.next());
    }

    @Test
    void followsTheHighestStoredRefWithItsPadding() {
        assertEquals("u010", new RefAllocator("u", List.of("u007", "u009", "P12")).next());
        assertEquals("P13", new RefAllocator("P", List.of("u007", "P12")).next());
    }

    @Test
    void growsPastThePaddingWidth() {
        RefAllocator ids = new RefAllocator("u", List.of("u98"));
        assertEquals("u99", ids.next());
        assertEquals("u100", ids.next());
    }
}
