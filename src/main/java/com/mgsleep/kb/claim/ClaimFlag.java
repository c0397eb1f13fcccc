package com.mgsleep.kb.claim;

import com.mgsleep.kb.vocabulary.FitFlagKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A stored fit flag: the evidence was gathered for something other than what the claim is
 * about.
 *
 * @param kind how the evidence misses the claim
 * @param message a sentence for readers
 */
@Embeddable
public record ClaimFlag(@Enumerated(EnumType.STRING) FitFlagKind kind, @Column(length = 1000) String message) {
}
