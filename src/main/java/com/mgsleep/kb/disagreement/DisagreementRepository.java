package com.mgsleep.kb.disagreement;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads disagreements with their positions.
 */
public interface DisagreementRepository extends Repository<Disagreement, String> {

	/** Every disagreement, each position with the references its claim cites. */
	@EntityGraph(attributePaths = { "claims", "claims.citations", "claims.citations.citation" })
	@Query("select d from Disagreement d order by d.id")
	List<Disagreement> findAllById();

	@EntityGraph(attributePaths = "claims")
	@Query("select d from Disagreement d where d.article.slug = :slug")
	List<Disagreement> findByArticle(String slug);

	@EntityGraph(attributePaths = "claims")
	@Query("select d from Disagreement d join d.claims c where c.id = :claimId")
	List<Disagreement> findByClaim(String claimId);

}
