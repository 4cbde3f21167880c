package org.w3id.lkg.question;

import java.util.Arrays;
import java.util.Optional;

/** What a recognised span of a question names; {@link #slot()} is how the intent table and the masked question call it. */
public enum EntityKind {
    STATUTE("statute"), ARTICLE("article"), UNIT("unit"), BODY("body"), PARTY("party"), POWER_TYPE("powerType"),
    SANCTION_TYPE("sanction"), ITEM("item"), LIST("list"), AMOUNT("amount");

    private final String slot;

    EntityKind(String slot) { this.slot = slot; }

    /** The name used in intents.tsv and in the masked question ({@code ⟨article⟩}). */
    public String slot() { return slot; }

    /** The kind whose slot is {@code slot}. */
    public static Optional<EntityKind> ofSlot(String slot) {
        return Arrays.stream(values()).filter(k -> k.slot.equals(slot)).findFirst();
    }
}
