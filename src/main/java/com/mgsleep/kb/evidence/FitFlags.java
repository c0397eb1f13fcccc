package com.mgsleep.kb.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import com.mgsleep.kb.vocabulary.FitFlagKind;

/**
 * Finds evidence gathered for another form, another population, another product or
 * another kind of measurement than the claim is about.
 */
final class FitFlags {

	private static final Pattern ABOUT_OLDER_ADULTS = Pattern.compile("\\b(older|elderly|aged|seniors?)\\b");

	private static final Pattern ABOUT_SLEEP_STAGES = Pattern.compile("\\b(deep|rem|slow-wave)\\b");

	private FitFlags() {
	}

	static List<FitFlag> of(ClaimEvidence claim) {
		List<Study> supporting = claim.supporting().stream().filter(Study::countsAsEvidence).toList();
		List<FitFlag> flags = new ArrayList<>();
		formMismatch(claim, supporting, flags);
		if (supporting.isEmpty()) {
			return flags;
		}
		String statement = claim.statement().toLowerCase(Locale.ROOT);
		if (supporting.stream().allMatch(Study::inOlderAdultsOnly) && !ABOUT_OLDER_ADULTS.matcher(statement).find()) {
			flags.add(new FitFlag(FitFlagKind.OLDER_ADULTS_ONLY,
					"The claim is about people in general, but every supporting study was in older adults."));
		}
		if (supporting.stream().allMatch(Study::combination)) {
			flags.add(new FitFlag(FitFlagKind.COMBINATION_ONLY,
					"Every supporting study gave magnesium together with other"
							+ " actives (such as melatonin and zinc), so magnesium's own effect cannot be separated."));
		}
		boolean aboutStages = claim.topics().contains("sleep-stages") || ABOUT_SLEEP_STAGES.matcher(statement).find();
		if (aboutStages && supporting.stream().allMatch(Study::trackerScoresOnly)) {
			flags.add(new FitFlag(FitFlagKind.TRACKER_ONLY,
					"The claim is about sleep stages, but the supporting evidence is"
							+ " scores from a consumer sleep tracker, not laboratory sleep recordings."));
		}
		return flags;
	}

	/**
	 * Trials a source leans on count here even when mis-cited: a glycinate claim "backed"
	 * by an oxide trial is exactly the mismatch readers should see.
	 */
	private static void formMismatch(ClaimEvidence claim, List<Study> supporting, List<FitFlag> flags) {
		if (claim.forms().isEmpty()) {
			return;
		}
		List<Study> backing = new ArrayList<>(supporting);
		backing.addAll(claim.misCited());
		List<String> studiedForms = backing.stream().map(Study::form).filter(Objects::nonNull).distinct().toList();
		boolean anyMatching = backing.stream().anyMatch((study) -> claim.forms().contains(study.form()));
		if (!anyMatching && !studiedForms.isEmpty()) {
			flags.add(new FitFlag(FitFlagKind.FORM_MISMATCH, "The claim is about " + String.join(" or ", claim.forms())
					+ ", but the trials cited for it used " + String.join(" or ", studiedForms) + "."));
		}
	}

}
