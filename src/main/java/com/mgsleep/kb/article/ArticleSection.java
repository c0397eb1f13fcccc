package com.mgsleep.kb.article;

import com.mgsleep.kb.vocabulary.AlertKind;
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
 * @param blockId the claim id or disagreement id of a claim or disagreement section
 * @param tableIndex the index of a dosage section's table in the article, from 0
 * @param alert the alert type of an alert section
 */
@Embeddable
public record ArticleSection(@Enumerated(EnumType.STRING) Kind kind, @Column(length = Length.LONG32) String html,
		String blockId, Integer tableIndex, @Enumerated(EnumType.STRING) AlertKind alert) {

	public static ArticleSection prose(String html) {
		return new ArticleSection(Kind.PROSE, html, null, null, null);
	}

	public static ArticleSection alert(AlertKind alert, String html) {
		return new ArticleSection(Kind.ALERT, html, null, null, alert);
	}

	public static ArticleSection claim(String claimId) {
		return new ArticleSection(Kind.CLAIM, null, claimId, null, null);
	}

	public static ArticleSection dosages(int tableIndex) {
		return new ArticleSection(Kind.DOSAGES, null, null, tableIndex, null);
	}

	public static ArticleSection disagreement(String disagreementId) {
		return new ArticleSection(Kind.DISAGREEMENT, null, disagreementId, null, null);
	}

	/**
	 * What an article section is.
	 */
	public enum Kind {

		PROSE, ALERT, CLAIM, DOSAGES, DISAGREEMENT

	}

}
