package fr.equipage.model;

import java.util.Objects;

/**
 * A ministry or one of its administrations. {@code parent} is null for a top-level ministry;
 * the top of the parent chain is the ministry that counts for team diversity (INSEE counts as MEFSIN).
 */
public record Ministry(String code, String name, String parent) {
    public Ministry {
        Objects.requireNonNull(code, "code");
        name = name == null ? code : name;
        parent = parent == null || parent.isBlank() ? null : parent;
    }
}
