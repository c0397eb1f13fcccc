package com.mgsleep.kb.source;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import com.mgsleep.kb.vocabulary.Verdict;

/**
 * How a source's claims fare: how many it makes of each verdict.
 *
 * @param verdicts the number of its claims per verdict, every verdict present
 */
public record Scorecard(Map<Verdict, Long> verdicts) {

	public Scorecard {
		Map<Verdict, Long> all = new EnumMap<>(Verdict.class);
		for (Verdict verdict : Verdict.values()) {
			all.put(verdict, verdicts.getOrDefault(verdict, 0L));
		}
		verdicts = Collections.unmodifiableMap(all);
	}

	public long total() {
		return this.verdicts.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Claims that no study backs, or that the evidence contradicts. */
	public long unbacked() {
		return this.verdicts.get(Verdict.UNSUPPORTED) + this.verdicts.get(Verdict.CONTRADICTED);
	}

}
