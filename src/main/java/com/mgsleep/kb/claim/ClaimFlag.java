package com.mgsleep.kb.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A stored fit flag: the evidence was gathered for something other than what the claim is
 * about.
 *
 * @param code a stable code, such as {@code form-mismatch}
 * @param message a sentence for readers
 */
@Embeddable
public record ClaimFlag(String code, @Column(length = 1000) String message) {
}
