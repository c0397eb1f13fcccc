package com.mgsleep.kb.evidence;

/**
 * A problem with a stated dose.
 *
 * @param code {@code above-upper-limit} or {@code rda-as-supplement-dose}
 * @param message a sentence for readers
 */
public record DoseWarning(String code, String message) {
}
