package com.mgsleep.kb.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.vocabulary.Verdict;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads claims. Each query names the associations its pages show, so that the claims it
 * returns are complete without a persistence context.
 */
public interface ClaimRepository extends Repository<Claim, String> {

	/** The filters of a claim list, each left out when its parameter is null. */
	String MATCHING = """
			 where (:topic is null or :topic in (select t.slug from c.topics t))
			and (:form is null or :form in (select f.slug from c.forms f))
			and (:verdict is null or c.verdict = :verdict)
			and (:certainty is null or c.certainty = :certainty)
			and (:source is null or exists (select 1 from ClaimCitation cc where cc.claim = c
				and cc.role = com.mgsleep.kb.vocabulary.CitationRole.ASSERTED_BY and cc.citation.key = :source))""";

	/** Every claim in reading order, with what the JSON API and a claim card show. */
	@EntityGraph(attributePaths = { "topics", "forms", "flags", "certaintySteps", "notCounted", "citations",
			"citations.citation" })
	@Query("select c from Claim c order by c.article.slug, c.position")
	List<Claim> findAllInReadingOrder();

	@EntityGraph(attributePaths = { "topics", "forms", "flags", "certaintySteps", "notCounted", "citations",
			"citations.citation" })
	Optional<Claim> findById(String id);

	/** The ids of every claim in reading order, for the sitemap. */
	@Query("select c.id from Claim c order by c.article.slug, c.position")
	List<String> findIdsInReadingOrder();

	/**
	 * The ids of the claims last reviewed or changed most recently, newest first, for the
	 * feed of changes.
	 */
	@Query("select c.id from Claim c order by c.lastChanged desc, c.id")
	List<String> findLatestChangedIds(Limit limit);

	/**
	 * The claims with these ids, in no particular order, with their article and history.
	 */
	@EntityGraph(attributePaths = { "article", "history" })
	@Query("select c from Claim c where c.id in :ids")
	List<Claim> findWithHistory(Collection<String> ids);

	/** One claim with everything its page shows. */
	@EntityGraph(attributePaths = { "article", "article.topics", "topics", "forms", "flags", "certaintySteps",
			"notCounted", "related", "citations", "citations.citation", "citations.citation.authors", "history",
			"article.history" })
	@Query("select c from Claim c where c.id = :id")
	Optional<Claim> findForPage(String id);

	/**
	 * The claims matching every given filter, in reading order, as claim cards show them.
	 * @param topic a topic slug, or {@code null} for any
	 * @param form a form slug, or {@code null} for any
	 * @param verdict a verdict, or {@code null} for any
	 * @param certainty a certainty level, or {@code null} for any
	 * @param source the key of a source asserting the claim, or {@code null} for any
	 * @return the matching claims
	 */
	@EntityGraph(attributePaths = { "topics", "flags", "citations" })
	@Query("select c from Claim c" + MATCHING + " order by c.article.slug, c.position")
	List<Claim> findMatching(String topic, String form, Verdict verdict, Certainty certainty, String source);

	/**
	 * One page of the ids of the claims matching every given filter, counted in the
	 * database: the same filters as {@link #findMatching}, sorted by a
	 * {@link ClaimOrder}.
	 * @param topic a topic slug, or {@code null} for any
	 * @param form a form slug, or {@code null} for any
	 * @param verdict a verdict, or {@code null} for any
	 * @param certainty a certainty level, or {@code null} for any
	 * @param source the key of a source asserting the claim, or {@code null} for any
	 * @param page the page, with the order's {@link ClaimOrder#sort()}
	 * @return the page of ids with the number of matching claims
	 */
	@Query(value = "select c.id from Claim c" + MATCHING, countQuery = "select count(c) from Claim c" + MATCHING)
	Page<String> findMatchingIds(String topic, String form, Verdict verdict, Certainty certainty, String source,
			Pageable page);

	/** The claims with these ids, in no particular order, as claim cards show them. */
	@EntityGraph(attributePaths = { "topics", "flags", "citations" })
	@Query("select c from Claim c where c.id in :ids")
	List<Claim> findCards(Collection<String> ids);

	@EntityGraph(attributePaths = { "topics", "flags", "citations" })
	@Query("select c from Claim c where c.article.slug = :slug order by c.position")
	List<Claim> findByArticle(String slug);

	@EntityGraph(attributePaths = { "topics", "flags", "citations" })
	@Query("select c from Claim c join c.forms f where f.slug = :slug order by c.verdict, c.id")
	List<Claim> findByForm(String slug);

	@Query("select cc from ClaimCitation cc join fetch cc.claim c where cc.citation.key = :key order by cc.role, c.id")
	List<ClaimCitation> findCitationsOf(String key);

	/** Which claim cites which reference in which role, in reading order. */
	@Query("select new com.mgsleep.kb.claim.ClaimRepository$CitationUse(cc.citation.key, c.id, cc.role)"
			+ " from ClaimCitation cc join cc.claim c order by c.article.slug, c.position, cc.id")
	List<CitationUse> findCitationUses();

	@EntityGraph(attributePaths = { "topics", "flags", "citations" })
	@Query("select c from ClaimCitation cc join cc.claim c where cc.citation.key = :key"
			+ " and cc.role = com.mgsleep.kb.vocabulary.CitationRole.ASSERTED_BY order by c.verdict, c.id")
	List<Claim> findAssertedBy(String key);

	@Query("select c from Citation c where exists (select 1 from ClaimCitation cc where cc.citation = c"
			+ " and cc.role = com.mgsleep.kb.vocabulary.CitationRole.ASSERTED_BY) order by c.key")
	List<Citation> findAssertingSources();

	/** How many claims each source asserts, per verdict. */
	@Query("select new com.mgsleep.kb.claim.ClaimRepository$SourceVerdictCount(cc.citation.key, c.verdict, count(c))"
			+ " from ClaimCitation cc join cc.claim c where cc.role = com.mgsleep.kb.vocabulary.CitationRole.ASSERTED_BY"
			+ " group by cc.citation.key, c.verdict")
	List<SourceVerdictCount> countBySourceAndVerdict();

	@Query("select new com.mgsleep.kb.claim.ClaimRepository$VerdictCount(c.verdict, count(c))"
			+ " from Claim c group by c.verdict")
	List<VerdictCount> countByVerdict();

	@Query("select new com.mgsleep.kb.claim.ClaimRepository$CertaintyCount(c.certainty, count(c))"
			+ " from Claim c group by c.certainty")
	List<CertaintyCount> countByCertainty();

	@Query("select t.slug as slug, count(c) as claims from Claim c join c.topics t group by t.slug")
	List<TopicClaimCount> countByTopic();

	long count();

	/**
	 * How many claims a topic has.
	 */
	interface TopicClaimCount {

		String getSlug();

		long getClaims();

	}

	/**
	 * A claim citing a reference.
	 *
	 * @param citationKey the reference
	 * @param claimId the claim
	 * @param role the role the reference plays
	 */
	record CitationUse(String citationKey, String claimId, CitationRole role) {
	}

	/**
	 * How many claims of a verdict a source asserts.
	 *
	 * @param sourceKey the source
	 * @param verdict the verdict
	 * @param claims how many
	 */
	record SourceVerdictCount(String sourceKey, Verdict verdict, long claims) {
	}

	/**
	 * How many claims have a verdict.
	 *
	 * @param verdict the verdict
	 * @param claims how many
	 */
	record VerdictCount(Verdict verdict, long claims) {
	}

	/**
	 * How many claims have a certainty level.
	 *
	 * @param certainty the level
	 * @param claims how many
	 */
	record CertaintyCount(Certainty certainty, long claims) {
	}

}
