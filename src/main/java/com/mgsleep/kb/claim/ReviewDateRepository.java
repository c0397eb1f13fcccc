package com.mgsleep.kb.claim;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * When the claims behind each page were last reviewed. A claim is reviewed with the
 * article it is written in, so a page showing claims (a topic, a form, a reference, a
 * source's scorecard) is as recent as the latest article behind them. Kept apart from
 * {@link ClaimRepository} because the sitemap and the structured data read dates only.
 */
public interface ReviewDateRepository extends Repository<Claim, String> {

	/** Every claim with its article's review date. */
	@Query("select new com.mgsleep.kb.claim.ReviewDateRepository$ReviewDate(c.id, a.lastReviewed)"
			+ " from Claim c join c.article a")
	List<ReviewDate> findClaimDates();

	/** Each topic with the latest review of its claims. */
	@Query("select new com.mgsleep.kb.claim.ReviewDateRepository$ReviewDate(t.slug, max(a.lastReviewed))"
			+ " from Claim c join c.article a join c.topics t group by t.slug")
	List<ReviewDate> findTopicDates();

	/** Each form with the latest review of the claims about it. */
	@Query("select new com.mgsleep.kb.claim.ReviewDateRepository$ReviewDate(f.slug, max(a.lastReviewed))"
			+ " from Claim c join c.article a join c.forms f group by f.slug")
	List<ReviewDate> findFormDates();

	/** Each reference with the latest review of the claims citing it, in any role. */
	@Query("select new com.mgsleep.kb.claim.ReviewDateRepository$ReviewDate(cc.citation.key, max(a.lastReviewed))"
			+ " from ClaimCitation cc join cc.claim c join c.article a group by cc.citation.key")
	List<ReviewDate> findCitationDates();

	/** Each source with the latest review of the claims it asserts. */
	@Query("select new com.mgsleep.kb.claim.ReviewDateRepository$ReviewDate(cc.citation.key, max(a.lastReviewed))"
			+ " from ClaimCitation cc join cc.claim c join c.article a"
			+ " where cc.role = com.mgsleep.kb.vocabulary.CitationRole.ASSERTED_BY group by cc.citation.key")
	List<ReviewDate> findSourceDates();

	/** The latest review of a topic's claims, or {@code null} when it has none. */
	@Query("select max(a.lastReviewed) from Claim c join c.article a join c.topics t where t.slug = :slug")
	LocalDate findLatestOfTopic(String slug);

	/**
	 * The latest review of the claims about a form, or {@code null} when there are none.
	 */
	@Query("select max(a.lastReviewed) from Claim c join c.article a join c.forms f where f.slug = :slug")
	LocalDate findLatestOfForm(String slug);

	/** The latest review of the claims citing a reference, or {@code null}. */
	@Query("select max(a.lastReviewed) from ClaimCitation cc join cc.claim c join c.article a"
			+ " where cc.citation.key = :key")
	LocalDate findLatestOfCitation(String key);

	/** The latest review of the claims a source asserts, or {@code null}. */
	@Query("select max(a.lastReviewed) from ClaimCitation cc join cc.claim c join c.article a"
			+ " where cc.citation.key = :key and cc.role = com.mgsleep.kb.vocabulary.CitationRole.ASSERTED_BY")
	LocalDate findLatestOfSource(String key);

	/**
	 * A page's key (a claim id, a slug or a reference key) and when what it shows was
	 * last reviewed.
	 *
	 * @param key the key
	 * @param lastReviewed the date
	 */
	record ReviewDate(String key, LocalDate lastReviewed) {
	}

}
