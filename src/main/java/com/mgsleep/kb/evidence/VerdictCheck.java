package com.mgsleep.kb.evidence;

import com.mgsleep.kb.vocabulary.Certainty;
import java.util.Locale;
import java.util.Optional;

import com.mgsleep.kb.vocabulary.Verdict;

/**
 * Checks that a verdict claims no more than the certainty of the evidence allows.
 */
public final class VerdictCheck {

	private VerdictCheck() {
	}

	/**
	 * Why the certainty of the evidence cannot carry a verdict, or empty when it can: a
	 * verdict never claims more than the counted evidence allows.
	 * @param verdict the editors' verdict
	 * @param evidence the claim's assessment
	 * @return what is wrong and how to fix it
	 */
	public static Optional<String> conflict(Verdict verdict, Assessment evidence) {
		Certainty certainty = evidence.certainty();
		String level = certainty.getLabel().toLowerCase(Locale.ROOT);
		String problem = switch (verdict) {
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

}
