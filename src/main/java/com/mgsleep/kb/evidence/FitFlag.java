package com.mgsleep.kb.evidence;

/**
 * A warning that the evidence behind a claim was gathered for something other than what
 * the claim is about.
 *
 * @param code a stable code: {@code form-mismatch}, {@code older-adults-only},
 * {@code combination-only} or {@code tracker-only}
 * @param message a sentence for readers
 */
public record FitFlag(String code, String message) {
}
