package com.mgsleep.kb.dosage;

import java.util.Collection;
import java.util.List;

import com.mgsleep.kb.vocabulary.DosagePurpose;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads dosage statements with their sources and warnings.
 */
public interface DosageRepository extends Repository<Dosage, Long> {

	@EntityGraph(attributePaths = { "citations", "warnings", "form" })
	@Query("select d from Dosage d order by d.article.slug, d.tableIndex, d.id")
	List<Dosage> findAllInReadingOrder();

	@EntityGraph(attributePaths = { "citations", "warnings", "form" })
	@Query("select d from Dosage d where d.article.slug = :slug order by d.tableIndex, d.id")
	List<Dosage> findByArticle(String slug);

	/**
	 * The statements for some purposes, such as the reference intakes; without sources.
	 */
	List<Dosage> findByPurposeIn(Collection<DosagePurpose> purposes);

}
