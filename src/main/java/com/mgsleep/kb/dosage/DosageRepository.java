package com.mgsleep.kb.dosage;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads dosage statements.
 */
public interface DosageRepository extends Repository<Dosage, Long> {

	@Query("select d from Dosage d order by d.article.slug, d.tableIndex, d.id")
	List<Dosage> findAllInReadingOrder();

	@Query("select d from Dosage d where d.article.slug = :slug order by d.tableIndex, d.id")
	List<Dosage> findByArticle(String slug);

}
