package com.mgsleep.kb.evidence;

import com.mgsleep.kb.vocabulary.FitFlagKind;

/**
 * A warning that the evidence behind a claim was gathered for something other than what
 * the claim is about.
 *
 * @param kind how the evidence misses the claim
 * @param message a sentence for readers
 */
public record FitFlag(FitFlagKind kind, String message) {
}
