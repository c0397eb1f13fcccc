package com.mgsleep.kb.content.markdown;

import java.time.LocalDate;

/**
 * A change the editors recorded in the content.
 *
 * @param date when it was made
 * @param note what changed
 */
public record ParsedChange(LocalDate date, String note) {
}
