package fr.equipage.engine;

import java.util.List;

/**
 * Why no feasible plan was returned. When {@code proven}, the {@code clashes} are a small set of
 * rules that cannot all hold together (keeping only them, and H7, already admits no plan);
 * otherwise none was found within the time limit and {@code clashes} may be empty.
 * {@code message}/{@code messageEn} say it in one paragraph for the organiser.
 */
public record Infeasibility(boolean proven, List<Clash> clashes, String message, String messageEn) {
    public Infeasibility {
        clashes = List.copyOf(clashes);
    }

    /** One rule of the clash as it applies to one element (a proposal, a lock, a pair…). */
    public record Clash(String rule, String proposal, String participant, String message, String messageEn) {
    }
}
