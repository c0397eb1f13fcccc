package com.mgsleep.kb.history;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One change to a claim or an article.
 *
 * @param date when it was made
 * @param note what changed, in the editors' words or the commit's subject line
 * @param revision the abbreviated commit id of a revision of the content's git history,
 * or {@code null} for a change the content itself records
 */
@Embeddable
public record HistoryEntry(LocalDate date, @Column(length = 1000) String note, String revision) {

	public static HistoryEntry noted(LocalDate date, String note) {
		return new HistoryEntry(date, note, null);
	}

}
