package fr.equipage.ui.controls;

import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * A wrapping label that is never narrower than its longest word, so that its container makes
 * room (or wraps elsewhere) instead of breaking a word in two ("Boulang / er").
 */
public class WordLabel extends Label {
    public WordLabel(String text) {
        super(text);
        setWrapText(true);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + longestWordWidth() + 1;
    }

    @Override
    protected double computeMinHeight(double width) {
        // Wrapped over several lines, it needs their full height, not one line's.
        return computePrefHeight(width);
    }

    private double longestWordWidth() {
        String text = getText();
        if (text == null || text.isBlank()) {
            return 0;
        }
        Text probe = new Text();
        probe.setFont(getFont());
        double widest = 0;
        for (String word : Words.of(text)) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /** The unbreakable pieces of a text: what lies between spaces (a hyphen or slash may end a line). */
    public static final class Words {
        private Words() {
        }

        public static java.util.List<String> of(String text) {
            java.util.List<String> out = new java.util.ArrayList<>();
            for (String w : text.strip().split("[\\s\\u200B]+")) {
                // Lines may break after a hyphen or a slash: "Ville-d'Avray" needs only its longest part.
                for (String part : w.split("(?<=[-/])")) {
                    if (!part.isEmpty()) {
                        out.add(part);
                    }
                }
            }
            return out;
        }
    }
}
