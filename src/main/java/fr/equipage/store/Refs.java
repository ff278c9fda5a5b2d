package fr.equipage.store;

import java.util.Collection;

/** Workshop-local ids: a letter and a number, padded like the ones already there. */
final class Refs {
    private Refs() {
    }

    static String next(Collection<String> existing, String prefix) {
        int max = 0;
        int width = 2;
        for (String ref : existing) {
            if (ref.startsWith(prefix) && ref.length() > prefix.length()) {
                String digits = ref.substring(prefix.length());
                if (digits.chars().allMatch(Character::isDigit) && digits.length() < 9) {
                    max = Math.max(max, Integer.parseInt(digits));
                    width = Math.max(width, digits.length());
                }
            }
        }
        String candidate;
        int n = max;
        do {
            n++;
            candidate = prefix + String.format("%0" + width + "d", n);
        } while (existing.contains(candidate));
        return candidate;
    }
}
