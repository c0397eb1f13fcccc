package com.mgsleep.kb.content;

import java.util.List;

import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageWarning;
import com.mgsleep.kb.evidence.DoseChecker;
import com.mgsleep.kb.evidence.DoseStatement;

/**
 * Checks every stated dose against the reference intakes the content states, and stores
 * the warnings on it.
 */
final class DoseChecks {

	private DoseChecks() {
	}

	static void warnAll(List<Dosage> dosages) {
		List<DoseStatement> statements = dosages.stream().map(Dosage::toDoseStatement).toList();
		DoseChecker checker = new DoseChecker(statements);
		for (int i = 0; i < dosages.size(); i++) {
			dosages.get(i)
				.warn(checker.check(statements.get(i))
					.stream()
					.map((warning) -> new DosageWarning(warning.kind(), warning.message()))
					.toList());
		}
	}

}
