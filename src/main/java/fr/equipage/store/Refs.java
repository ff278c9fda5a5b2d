package fr.equipage.store;

import java.util.Collection;

/** Workshop-local ids: a letter and a number, padded like the ones already there. */
final class Refs {
    private Refs() {
    }

    static String next(Collection<String> existing, String prefix) {
        return new RefAllocator(prefix, existing).next();
    }
}
