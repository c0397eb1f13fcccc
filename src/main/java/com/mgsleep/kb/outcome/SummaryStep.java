package com.mgsleep.kb.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One step in reaching an outcome's certainty, as the evidence analysis gave it.
 *
 * @param change such as {@code start High} or {@code -1 imprecision}
 * @param reason why
 */
@Embeddable
public record SummaryStep(@Column(name = "step_change") String change, @Column(length = 1000) String reason) {
}
