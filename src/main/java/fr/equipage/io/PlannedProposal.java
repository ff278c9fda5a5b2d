package fr.equipage.io;

import java.util.List;

/**
 * A valid proposal row: {@code key} is its catalogue key (a stored proposal's when the title matches
 * one). Null sizes, ministry or empty lists mean "not given": a new proposal gets the defaults, an
 * existing one keeps its values. {@code proposers} are names or e-mails as typed.
 */
public record PlannedProposal(String file, String sheet, int row, String key, String title, String description, String ministry,
                              List<String> skills, Integer minSize, Integer maxSize, List<String> proposers) {
    public PlannedProposal {
        skills = List.copyOf(skills);
        proposers = List.copyOf(proposers);
    }
}
