package com.mgsleep.kb.disagreement;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads disagreements.
 */
public interface DisagreementRepository extends Repository<Disagreement, String> {

	@Query("select d from Disagreement d order by d.id")
	List<Disagreement> findAllById();

	@Query("select d from Disagreement d where d.article.slug = :slug")
	List<Disagreement> findByArticle(String slug);

	@Query("select d from Disagreement d join d.claims c where c.id = :claimId")
	List<Disagreement> findByClaim(String claimId);

}
