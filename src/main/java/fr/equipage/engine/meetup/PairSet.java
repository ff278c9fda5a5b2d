package fr.equipage.engine.meetup;

import java.util.Arrays;

/**
 * A set of unordered pairs of people with O(1) add, remove and uniform random pick, so that the
 * search can pick a conflict at random among thousands of pairs without scanning them.
 */
final class PairSet {
    private final int n;
    private final int[] position;
    private int[] items = new int[16];
    private int size;

    PairSet(int n) {
        this.n = n;
        position = new int[n * n];
        Arrays.fill(position, -1);
    }

    void set(int i, int j, boolean in) {
        int key = Math.min(i, j) * n + Math.max(i, j);
        int at = position[key];
        if (in && at < 0) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size] = key;
            position[key] = size++;
        } else if (!in && at >= 0) {
            int last = items[--size];
            items[at] = last;
            position[last] = at;
            position[key] = -1;
        }
    }

    int size() {
        return size;
    }

    /** The first person of the pair at index k (0 ≤ k &lt; size). */
    int first(int k) {
        return items[k] / n;
    }

    int second(int k) {
        return items[k] % n;
    }
}
