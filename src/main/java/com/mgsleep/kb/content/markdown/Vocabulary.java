package com.mgsleep.kb.content.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.mgsleep.kb.vocabulary.AlertKind;
import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.vocabulary.ClaimKind;
import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.EffectMeasure;
import com.mgsleep.kb.vocabulary.Outcome;
import com.mgsleep.kb.vocabulary.OutcomeMeasure;
import com.mgsleep.kb.vocabulary.Population;
import com.mgsleep.kb.vocabulary.ResultDirection;
import com.mgsleep.kb.vocabulary.ReviewBasis;
import com.mgsleep.kb.vocabulary.SlugEnum;
import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.Verdict;
import com.mgsleep.kb.vocabulary.VerificationStatus;

/**
 * The closed sets of values editors may use, as the slugs of the shared enums.
 */
public final class Vocabulary {

	public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public static final List<String> VERDICTS = SlugEnum.slugs(Verdict.class);

	/**
	 * What a claim is about: reference reports count as evidence for the last two only.
	 */
	public static final List<String> CLAIM_KINDS = SlugEnum.slugs(ClaimKind.class);

	/** A review's own rating of the certainty of its evidence (GRADE). */
	public static final List<String> RATED_CERTAINTIES = Arrays.stream(Certainty.values())
		.filter((level) -> level != Certainty.NONE)
		.map(Certainty::getSlug)
		.toList();

	/** What a systematic review or meta-analysis pooled. */
	public static final List<String> REVIEW_BASES = SlugEnum.slugs(ReviewBasis.class);

	/** How a study measured sleep. */
	public static final List<String> OUTCOME_MEASURES = SlugEnum.slugs(OutcomeMeasure.class);

	/** What a study result measured. */
	public static final List<String> OUTCOMES = SlugEnum.slugs(Outcome.class);

	/** Which way a study result went. */
	public static final List<String> DIRECTIONS = SlugEnum.slugs(ResultDirection.class);

	/** How the size of a study result is expressed. */
	public static final List<String> EFFECT_MEASURES = SlugEnum.slugs(EffectMeasure.class);

	/** Designs that must say what they reviewed. */
	public static final List<String> SYSTEMATIC_DESIGNS = List.of(StudyDesign.META_ANALYSIS.getSlug(),
			StudyDesign.SYSTEMATIC_REVIEW.getSlug());

	public static final List<String> ROLES = SlugEnum.slugs(CitationRole.class);

	public static final List<String> DESIGNS = SlugEnum.slugs(StudyDesign.class);

	public static final List<String> STATUSES = SlugEnum.slugs(VerificationStatus.class);

	public static final List<String> PURPOSES = SlugEnum.slugs(DosagePurpose.class);

	public static final List<String> POPULATIONS = SlugEnum.slugs(Population.class);

	public static final List<String> ALERTS = SlugEnum.slugs(AlertKind.class);

	public static final String SECONDARY_DESIGN = StudyDesign.WEB_ARTICLE.getSlug();

	private Vocabulary() {
	}

}
