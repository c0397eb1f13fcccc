package com.mgsleep.kb.content.markdown;

/**
 * A piece of an article body in reading order: prose, or a reference to a block that the
 * page renders from the model.
 */
public sealed interface ArticleSegment {

	/**
	 * Markdown prose between blocks.
	 *
	 * @param markdown the prose
	 * @param firstLine the 1-based line of its first line
	 */
	record Prose(String markdown, int firstLine) implements ArticleSegment {
	}

	/**
	 * A GitHub-style alert ({@code > [!NOTE]}).
	 *
	 * @param kind one of {@link Vocabulary#ALERTS}
	 * @param markdown the alert's text
	 * @param firstLine the 1-based line of its marker
	 */
	record Alert(String kind, String markdown, int firstLine) implements ArticleSegment {
	}

	/**
	 * Where a claim block stands.
	 *
	 * @param claimId the claim
	 */
	record ClaimBlock(String claimId) implements ArticleSegment {
	}

	/**
	 * Where a dosage table stands.
	 *
	 * @param tableIndex the index of the table in the article, from 0
	 */
	record DosageTable(int tableIndex) implements ArticleSegment {
	}

	/**
	 * Where a disagreement block stands.
	 *
	 * @param disagreementId the disagreement
	 */
	record DisagreementBlock(String disagreementId) implements ArticleSegment {
	}

}
