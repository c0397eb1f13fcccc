package com.mgsleep.kb.claim;

import java.util.Locale;
import java.util.Optional;

import com.mgsleep.kb.evidence.Assessment;
import com.mgsleep.kb.evidence.Certainty;
import com.mgsleep.kb.model.SlugEnum;

/**
 * The editors' judgement of a claim as stated, from best to worst supported.
 */
public enum Verdict implements SlugEnum {

	SUPPORTED("Supported", "Consistent evidence from controlled human studies in the population the claim is about."),
	LIMITED("Limited",
			"Some human evidence points this way, but it is small, indirect, or in another population or form."),
	MIXED("Mixed", "Controlled studies disagree."),
	UNSUPPORTED("Unsupported", "No study backs it: only secondary sources, mechanism talk or a mis-cited reference."),
	CONTRADICTED("Contradicted", "The best evidence says otherwise."), GENERAL_ADVICE("General advice",
			"Sound general advice or a background fact, not a tested effect: no trial is needed to accept it.");

	private final String label;

	private final String description;

	Verdict(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String getLabel() {
		return this.label;
	}

	public String getDescription() {
		return this.description;
	}

	/**
	 * Why the certainty of the evidence cannot carry this verdict, or empty when it can:
	 * a verdict never claims more than the counted evidence allows.
	 * @param evidence the claim's assessment
	 * @return what is wrong and how to fix it
	 */
	public Optional<String> conflictWith(Assessment evidence) {
		Certainty certainty = evidence.certainty();
		String level = certainty.getLabel().toLowerCase(Locale.ROOT);
		String problem = switch (this) {
			case SUPPORTED -> certainty.isBelow(Certainty.MODERATE) ? "`supported` needs at least Moderate certainty,"
					+ " but the counted evidence gives " + level + "; write `limited`, or cite stronger evidence"
					: null;
			case LIMITED -> (!evidence.countedFor())
					? "`limited` needs a counted study for the claim, but none is"
							+ " cited; write `unsupported`, or cite the study"
					: (certainty == Certainty.HIGH) ? "`limited` cannot stand at High certainty; write `supported`"
							: null;
			case MIXED ->
				(!evidence.countedFor() || !evidence.countedAgainst())
						? "`mixed` needs counted studies"
								+ " both for and against the claim; cite them under `supports` and `contradicts`"
						: null;
			case CONTRADICTED -> (!evidence.countedAgainst())
					? "`contradicted` needs a counted study against the" + " claim under `contradicts`" : null;
			case UNSUPPORTED -> evidence.supportStart().isBelow(Certainty.LOW) ? null
					: "`unsupported` means no" + " study backs the claim, but counted evidence for it starts at "
							+ evidence.supportStart().getLabel().toLowerCase(Locale.ROOT)
							+ "; write `limited` or `mixed`";
			case GENERAL_ADVICE -> null;
		};
		return Optional.ofNullable(problem);
	}

	public static Verdict fromSlug(String slug) {
		return SlugEnum.fromSlug(Verdict.class, slug);
	}

}
