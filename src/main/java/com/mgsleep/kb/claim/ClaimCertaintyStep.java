package com.mgsleep.kb.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A stored step of a claim's certainty: where it started, or why it was rated down.
 *
 * @param change such as {@code start High} or {@code -1 imprecision}
 * @param reason why, in a phrase for readers
 */
@Embeddable
public record ClaimCertaintyStep(@Column(name = "step_change") String change, @Column(length = 1000) String reason) {
}
