package com.mgsleep.kb.content.markdown;

import java.time.LocalDate;
import java.util.List;

/**
 * An editorial article and everything written in it.
 *
 * @param slug the file name without {@code .md}
 * @param at the file's first line
 * @param title the page title
 * @param summary one or two sentences for lists
 * @param topics topic slugs the article is about
 * @param lastReviewed the date of the last editorial review
 * @param segments the body in reading order
 * @param claims the claim blocks
 * @param dosageTables the dosage tables, each a list of rows
 * @param disagreements the disagreement blocks
 * @param body citations and links written in the prose
 * @param changes what the editors changed in it, newest first
 */
public record ParsedArticle(String slug, SourceLine at, String title, String summary, List<String> topics,
		LocalDate lastReviewed, List<ArticleSegment> segments, List<ParsedClaim> claims,
		List<List<ParsedDosage>> dosageTables, List<ParsedDisagreement> disagreements, ProseReferences body,
		List<ParsedChange> changes) {
}
