package com.mgsleep.kb.claim;

import java.util.List;
import java.util.Optional;

import com.mgsleep.kb.citation.Citation;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads claims.
 */
public interface ClaimRepository extends Repository<Claim, String> {

	@Query("select c from Claim c order by c.article.slug, c.position")
	List<Claim> findAllInReadingOrder();

	Optional<Claim> findById(String id);

	@Query("select c from Claim c where c.article.slug = :slug order by c.position")
	List<Claim> findByArticle(String slug);

	@Query("select c from Claim c join c.topics t where t.slug = :slug order by c.verdict, c.id")
	List<Claim> findByTopic(String slug);

	@Query("select c from Claim c join c.forms f where f.slug = :slug order by c.verdict, c.id")
	List<Claim> findByForm(String slug);

	@Query("select cc from ClaimCitation cc join fetch cc.claim c where cc.citation.key = :key order by cc.role, c.id")
	List<ClaimCitation> findCitationsOf(String key);

	@Query("select c from ClaimCitation cc join cc.claim c where cc.citation.key = :key"
			+ " and cc.role = com.mgsleep.kb.claim.CitationRole.ASSERTED_BY order by c.verdict, c.id")
	List<Claim> findAssertedBy(String key);

	@Query("select c from Citation c where exists (select 1 from ClaimCitation cc where cc.citation = c"
			+ " and cc.role = com.mgsleep.kb.claim.CitationRole.ASSERTED_BY) order by c.key")
	List<Citation> findAssertingSources();

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

}
