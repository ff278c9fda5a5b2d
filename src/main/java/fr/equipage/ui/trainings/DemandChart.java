package fr.equipage.ui.trainings;

import fr.equipage.io.TrainingDemand;
import fr.equipage.ui.framework.I18n;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the demand chart shows, free of JavaFX: one bar per theme, most asked first (ties in French
 * alphabetical order, so the order never jumps between two reads), each with its number written out
 * ("12 personnes") and its people per ministry, most first. Lengths are fractions of the longest bar.
 */
public record DemandChart(List<Bar> bars, int mostAsked) {
    public DemandChart {
        bars = List.copyOf(bars);
    }

    /** People of one ministry who asked for a theme. */
    public record MinistryCount(String ministry, int people) {
    }

    /**
     * One theme. {@code length} is in [0, 1] (1 for the most asked theme; 0 for a theme nobody asked
     * for); {@code value} is the number as written on the bar.
     */
    public record Bar(String theme, int people, double length, String value, List<MinistryCount> byMinistry) {
        public Bar {
            byMinistry = List.copyOf(byMinistry);
        }

        /** "3 DINUM · 2 Insee": the breakdown on one line, for a tooltip or a screen reader. */
        public String breakdown() {
            List<String> parts = new ArrayList<>();
            byMinistry.forEach(m -> parts.add(m.people() + " " + m.ministry()));
            return String.join(" · ", parts);
        }
    }

    /** The chart of a demand table (as {@link TrainingDemand#of} computes it for the export). */
    public static DemandChart of(TrainingDemand demand, I18n i18n) {
        Collator french = Collator.getInstance(I18n.FRENCH);
        french.setStrength(Collator.SECONDARY);
        int most = demand.rows().stream().mapToInt(TrainingDemand.Row::demands).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (TrainingDemand.Row row : demand.rows()) {
            List<MinistryCount> counts = new ArrayList<>();
            for (int m = 0; m < demand.ministries().size(); m++) {
                int n = row.byMinistry().get(m);
                if (n > 0) {
                    counts.add(new MinistryCount(demand.ministries().get(m), n));
                }
            }
            counts.sort(Comparator.comparingInt(MinistryCount::people).reversed()
                    .thenComparing(MinistryCount::ministry, french));
            double length = most == 0 ? 0 : (double) row.demands() / most;
            bars.add(new Bar(row.theme(), row.demands(), length, i18n.format("trainings.demand.people", row.demands()),
                    counts));
        }
        bars.sort(Comparator.comparingInt(Bar::people).reversed().thenComparing(Bar::theme, french));
        return new DemandChart(bars, most);
    }

    /** True when nobody has asked for any theme yet (the chart then says how to collect the needs). */
    public boolean empty() {
        return mostAsked == 0;
    }

    /** The bar of a theme, if the catalogue has it. */
    public java.util.Optional<Bar> bar(String theme) {
        return bars.stream().filter(b -> b.theme().equals(theme)).findFirst();
    }

    /** The themes, in the chart's order. */
    public List<String> themes() {
        return bars.stream().map(Bar::theme).toList();
    }
}
