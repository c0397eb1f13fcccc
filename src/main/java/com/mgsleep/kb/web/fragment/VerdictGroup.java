package com.mgsleep.kb.web.fragment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.vocabulary.Verdict;

/**
 * Claims of one verdict, for pages that list claims by verdict.
 *
 * @param verdict the verdict badge
 * @param id the heading's id
 * @param claims the claims, as cards
 */
public record VerdictGroup(VerdictView verdict, String id, List<ClaimCard> claims) {

	/**
	 * Groups claims by verdict, best supported first, keeping their order within each.
	 * @param claims the claims, loaded as claim cards show them
	 * @return one group per verdict that has claims
	 */
	public static List<VerdictGroup> of(List<Claim> claims) {
		Map<Verdict, List<ClaimCard>> byVerdict = claims.stream()
			.collect(Collectors.groupingBy(Claim::getVerdict, () -> new EnumMap<>(Verdict.class),
					Collectors.mapping(ClaimCard::of, Collectors.toList())));
		return byVerdict.entrySet()
			.stream()
			.map((entry) -> new VerdictGroup(VerdictView.of(entry.getKey()), "verdict-" + entry.getKey().getSlug(),
					entry.getValue()))
			.toList();
	}

}
