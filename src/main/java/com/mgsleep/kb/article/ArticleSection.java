package com.mgsleep.kb.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.Length;

/**
 * A piece of an article in reading order: rendered prose, or a reference to a claim, a
 * dosage table or a disagreement that the page draws from the model.
 *
 * @param kind what the section is
 * @param html sanitized HTML for prose and alerts
 * @param ref the claim id, dosage-table index or disagreement id
 * @param alert the alert type (note, tip, warning, ...) for alerts
 */
@Embeddable
public record ArticleSection(@Enumerated(EnumType.STRING) Kind kind, @Column(length = Length.LONG32) String html,
		String ref, String alert) {

	public static ArticleSection prose(String html) {
		return new ArticleSection(Kind.PROSE, html, null, null);
	}

	public static ArticleSection alert(String alert, String html) {
		return new ArticleSection(Kind.ALERT, html, null, alert);
	}

	public static ArticleSection claim(String claimId) {
		return new ArticleSection(Kind.CLAIM, null, claimId, null);
	}

	public static ArticleSection dosages(int tableIndex) {
		return new ArticleSection(Kind.DOSAGES, null, String.valueOf(tableIndex), null);
	}

	public static ArticleSection disagreement(String disagreementId) {
		return new ArticleSection(Kind.DISAGREEMENT, null, disagreementId, null);
	}

	/**
	 * What an article section is.
	 */
	public enum Kind {

		PROSE, ALERT, CLAIM, DOSAGES, DISAGREEMENT

	}

}
