package com.mgsleep.kb.model;

/**
 * A digest of what the knowledge base is read from: every file of the content folder and
 * the revision of the git working copy it sits in, whose history the pages show. Two
 * starts with the same fingerprint import the same knowledge base.
 *
 * @param value the digest, as hexadecimal
 */
public record ContentFingerprint(String value) {
}
