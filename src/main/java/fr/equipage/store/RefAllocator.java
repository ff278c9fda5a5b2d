package fr.equipage.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * New workshop-local refs ("u56", "P21") for many records at once, following the ones already used
 * (same letter, same padding as the store's). Asking the store for each one would re-read every ref
 * per row, which is quadratic on a 100,000-row import.
 */
public final class RefAllocator {
    private final String prefix;
    private final Set<String> used;
    private int next;
    private int width = 2;

    public RefAllocator(String prefix, Collection<String> existing) {
        this.prefix = prefix;
        this.used = new HashSet<>(existing);
        int max = 0;
        for (String ref : existing) {
            if (ref.startsWith(prefix) && ref.length() > prefix.length()) {
                String digits = ref.substring(prefix.length());
                if (digits.chars().allMatch(Character::isDigit) && digits.length() < 9) {
                    max = Math.max(max, Integer.parseInt(digits));
                    width = Math.max(width, digits.length());
                }
            }
        }
        next = max + 1;
    }

    public String next() {
        String ref;
        do {
            ref = padded(next++);
        } while (!used.add(ref));
        return ref;
    }

    /** {@code prefix} and the number with leading zeros up to {@code width}, without String.format (once per new person). */
    private String padded(int n) {
        String digits = Integer.toString(n);
        StringBuilder b = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits).toString();
    }
}
