package com.mgsleep.kb.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds sources whose recommendations cannot both be followed.
 */
public final class ConflictDetector {

	private ConflictDetector() {
	}

	/**
	 * Pairs of sources whose windows before bed meet at most at their edge, such as 30-60
	 * minutes against 1-2 hours.
	 * @param doses every dose statement; only timed recommendations are compared
	 * @return the conflicting pairs, each once
	 */
	public static List<TimingConflict> timingConflicts(List<DoseStatement> doses) {
		Map<String, DoseStatement> bySource = new LinkedHashMap<>();
		doses.stream()
			.filter((dose) -> dose.isRecommendation() && dose.isTimed())
			.forEach((dose) -> bySource.putIfAbsent(dose.source() + " " + window(dose), dose));
		List<DoseStatement> timed = bySource.values()
			.stream()
			.sorted(Comparator.comparing(DoseStatement::maxMinutesBeforeBed).reversed())
			.toList();
		List<TimingConflict> conflicts = new ArrayList<>();
		for (int i = 0; i < timed.size(); i++) {
			for (int j = i + 1; j < timed.size(); j++) {
				DoseStatement earlier = timed.get(i);
				DoseStatement later = timed.get(j);
				// Windows that meet only at their edge, such as 30-60 min and 1-2 h,
				// still tell readers two different things.
				if (!earlier.source().equals(later.source())
						&& later.maxMinutesBeforeBed() <= earlier.minMinutesBeforeBed()) {
					conflicts.add(new TimingConflict(earlier.source(), window(earlier), later.source(), window(later)));
				}
			}
		}
		return conflicts;
	}

	static String window(DoseStatement dose) {
		int min = dose.minMinutesBeforeBed();
		int max = dose.maxMinutesBeforeBed();
		if (min % 60 == 0 && max % 60 == 0 && min > 0) {
			return (min == max) ? (min / 60) + " h" : (min / 60) + "-" + (max / 60) + " h";
		}
		return (min == max) ? min + " min" : min + "-" + max + " min";
	}

}
