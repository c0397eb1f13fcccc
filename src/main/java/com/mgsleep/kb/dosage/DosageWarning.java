package com.mgsleep.kb.dosage;

import com.mgsleep.kb.vocabulary.DoseWarningKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A stored warning about a dose, such as one above the upper limit.
 *
 * @param kind what the problem is
 * @param message a sentence for readers
 */
@Embeddable
public record DosageWarning(@Enumerated(EnumType.STRING) DoseWarningKind kind, @Column(length = 1000) String message) {
}
