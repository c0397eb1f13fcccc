package com.mgsleep.kb.evidence;

import com.mgsleep.kb.vocabulary.Certainty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.VerificationStatus;

/**
 * The works on one side of a claim that count as evidence for it, and why the others do
 * not.
 *
 * @param counted the works that count
 * @param notCounted for each work left out, its label and the reason
 */
record CountedEvidence(List<Study> counted, List<String> notCounted) {

	private static final Pattern ABOUT_SLEEP_STAGES = Pattern.compile("\\b(deep|rem|slow-wave|sleep stages?)\\b");

	static CountedEvidence of(List<Study> side, ClaimEvidence claim) {
		List<Study> counted = new ArrayList<>();
		List<String> notCounted = new ArrayList<>();
		for (Study study : side) {
			String reason = reasonNotCounted(study, claim);
			if (reason == null) {
				counted.add(study);
			}
			else {
				notCounted.add(study.label() + ": " + reason);
			}
		}
		return new CountedEvidence(List.copyOf(counted), List.copyOf(notCounted));
	}

	private static String reasonNotCounted(Study study, ClaimEvidence claim) {
		if (study.design() == StudyDesign.WEB_ARTICLE) {
			return "a web article, not a study";
		}
		if (study.status() == VerificationStatus.UNVERIFIED) {
			return "could not be found in the published record and may not exist";
		}
		if (study.design() == StudyDesign.UNKNOWN) {
			return "what kind of study it is could not be established";
		}
		if (study.design() == StudyDesign.REFERENCE_REPORT && !claim.kind().acceptsReferenceReports()) {
			return "an official reference report, which is evidence for reference values and physiology, not for an"
					+ " effect";
		}
		if (study.trackerScoresOnly() && isAboutSleepStages(claim)) {
			return "sleep-stage scores from a consumer sleep tracker, which are not a measurement of sleep stages";
		}
		return null;
	}

	static boolean isAboutSleepStages(ClaimEvidence claim) {
		return claim.topics().contains("sleep-stages")
				|| ABOUT_SLEEP_STAGES.matcher(claim.statement().toLowerCase(Locale.ROOT)).find();
	}

	boolean isEmpty() {
		return this.counted.isEmpty();
	}

	/** The level the strongest counted work starts at, {@code NONE} without any. */
	Certainty start() {
		return this.counted.stream()
			.map(StartingLevel::of)
			.reduce((a, b) -> a.isBelow(b) ? b : a)
			.orElse(Certainty.NONE);
	}

	/**
	 * The counted works that start at the strongest level: what the certainty rests on.
	 */
	List<Study> strongest() {
		Certainty start = start();
		return this.counted.stream().filter((study) -> StartingLevel.of(study) == start).toList();
	}

	/** The keys of the studies that the given reviews pooled. */
	static Set<String> pooledBy(Collection<Study> studies) {
		return studies.stream().flatMap((study) -> study.includes().stream()).collect(Collectors.toSet());
	}

}
