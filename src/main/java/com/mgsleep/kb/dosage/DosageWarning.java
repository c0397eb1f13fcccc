package com.mgsleep.kb.dosage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A stored warning about a dose, such as one above the upper limit.
 *
 * @param code a stable code, such as {@code above-upper-limit}
 * @param message a sentence for readers
 */
@Embeddable
public record DosageWarning(String code, @Column(length = 1000) String message) {
}
