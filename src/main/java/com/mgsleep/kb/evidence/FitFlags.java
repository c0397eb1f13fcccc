package com.mgsleep.kb.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.mgsleep.kb.vocabulary.FitFlagKind;

/**
 * Finds evidence gathered for another form, another population, another product or
 * another kind of measurement than the claim is about.
 */
final class FitFlags {

	private static final Pattern ABOUT_OLDER_ADULTS = Pattern.compile("\\b(older|elderly|aged|seniors?)\\b");

	private FitFlags() {
	}

	/**
	 * The flags readers see: how the primary works cited in support fit the claim. Works
	 * a source leans on count for the form check even when mis-cited: a glycinate claim
	 * "backed" by an oxide trial is exactly the mismatch readers should see.
	 */
	static List<FitFlag> shown(ClaimEvidence claim, List<Study> support) {
		List<Study> backing = new ArrayList<>(support);
		backing.addAll(claim.misCited());
		List<FitFlag> flags = new ArrayList<>();
		formMismatch(claim, backing).ifPresent(flags::add);
		if (!support.isEmpty()) {
			flags.addAll(population(claim, support));
			trackerOnly(claim, support).ifPresent(flags::add);
		}
		return flags;
	}

	/** The flags that lower certainty: how the evidence it rests on fits the claim. */
	static List<FitFlag> indirectness(ClaimEvidence claim, List<Study> evidence) {
		List<FitFlag> flags = new ArrayList<>();
		formMismatch(claim, evidence).ifPresent(flags::add);
		flags.addAll(population(claim, evidence));
		return flags;
	}

	private static List<FitFlag> population(ClaimEvidence claim, List<Study> studies) {
		List<FitFlag> flags = new ArrayList<>();
		String statement = claim.statement().toLowerCase(Locale.ROOT);
		if (studies.stream().allMatch(Study::inOlderAdultsOnly) && !ABOUT_OLDER_ADULTS.matcher(statement).find()) {
			flags.add(new FitFlag(FitFlagKind.OLDER_ADULTS_ONLY,
					"The claim is about people in general, but every study it rests on was in older adults."));
		}
		if (studies.stream().allMatch(Study::combination)) {
			flags.add(new FitFlag(FitFlagKind.COMBINATION_ONLY,
					"Every study it rests on gave magnesium together with other"
							+ " actives (such as melatonin and zinc), so magnesium's own effect cannot be separated."));
		}
		return flags;
	}

	private static Optional<FitFlag> trackerOnly(ClaimEvidence claim, List<Study> studies) {
		if (CountedEvidence.isAboutSleepStages(claim) && studies.stream().allMatch(Study::trackerScoresOnly)) {
			return Optional.of(new FitFlag(FitFlagKind.TRACKER_ONLY,
					"The claim is about sleep stages, but the"
							+ " studies behind it report scores from a consumer sleep tracker, not laboratory sleep"
							+ " recordings."));
		}
		return Optional.empty();
	}

	private static Optional<FitFlag> formMismatch(ClaimEvidence claim, List<Study> studies) {
		if (claim.forms().isEmpty()) {
			return Optional.empty();
		}
		List<String> studiedForms = studies.stream().map(Study::form).filter(Objects::nonNull).distinct().toList();
		boolean anyMatching = studies.stream()
			.anyMatch((study) -> study.form() != null && claim.forms().contains(study.form()));
		if (anyMatching || studiedForms.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of(new FitFlag(FitFlagKind.FORM_MISMATCH, "The claim is about " + String.join(" or ", claim.forms())
					+ ", but the studies behind it used " + String.join(" or ", studiedForms) + "."));
	}

}
