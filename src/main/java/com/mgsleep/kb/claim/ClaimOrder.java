package com.mgsleep.kb.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.Sort;

/**
 * The orders a claim list can be read in. Each claim's place in each order is worked out
 * once, at import, so that the database can sort and page a list by a column instead of
 * loading every matching claim to sort it.
 */
public enum ClaimOrder {

	/** Strongest verdict first, then by statement. */
	VERDICT("verdict", "verdictRank"),

	/** Most cited first, then by statement. */
	CITATIONS("citations", "citationsRank"),

	/** By statement, ignoring case. */
	STATEMENT("statement", "statementRank");

	private static final Comparator<Claim> BY_STATEMENT = Comparator.comparing(Claim::getStatement,
			String.CASE_INSENSITIVE_ORDER);

	/** Where the content puts a claim: its article, then its place in the article. */
	private static final Comparator<Claim> READING = Comparator.comparing((Claim claim) -> claim.getArticle().getSlug())
		.thenComparingInt(Claim::getPosition);

	private final String slug;

	private final String rankProperty;

	ClaimOrder(String slug, String rankProperty) {
		this.slug = slug;
		this.rankProperty = rankProperty;
	}

	public String getSlug() {
		return this.slug;
	}

	/** The order for the database: by the claim's rank in this order. */
	public Sort sort() {
		return Sort.by(this.rankProperty);
	}

	/** The order in memory; ties keep the order they come in. */
	public Comparator<Claim> comparator() {
		return switch (this) {
			case CITATIONS -> Comparator.comparingInt(Claim::getCitationCount).reversed().thenComparing(BY_STATEMENT);
			case STATEMENT -> BY_STATEMENT;
			case VERDICT -> Comparator.comparing(Claim::getVerdict).thenComparing(BY_STATEMENT);
		};
	}

	/** Where the content puts each claim: by article, then in the article. */
	public static Comparator<Claim> reading() {
		return READING;
	}

	/**
	 * The order with this slug.
	 * @param slug {@code verdict}, {@code citations} or {@code statement}
	 * @return the order, or {@code null} for an unknown slug
	 */
	public static ClaimOrder ofSlug(String slug) {
		for (ClaimOrder order : values()) {
			if (order.slug.equals(slug)) {
				return order;
			}
		}
		return null;
	}

	/**
	 * Records every claim's place in every order, ties broken by reading order, as a sort
	 * in memory of claims read in reading order would place them.
	 * @param claims every claim, with its article and citations
	 */
	public static void rankAll(Collection<Claim> claims) {
		List<Claim> reading = new ArrayList<>(claims);
		reading.sort(READING);
		for (ClaimOrder order : values()) {
			List<Claim> ordered = new ArrayList<>(reading);
			ordered.sort(order.comparator());
			for (int rank = 0; rank < ordered.size(); rank++) {
				ordered.get(rank).rank(order, rank);
			}
		}
	}

}
