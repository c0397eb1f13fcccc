package com.mgsleep.kb.evidence;

import com.mgsleep.kb.vocabulary.DoseWarningKind;

/**
 * A problem with a stated dose.
 *
 * @param kind what the problem is
 * @param message a sentence for readers
 */
public record DoseWarning(DoseWarningKind kind, String message) {
}
