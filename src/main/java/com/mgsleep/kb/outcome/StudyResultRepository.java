package com.mgsleep.kb.outcome;

import java.util.List;

import com.mgsleep.kb.vocabulary.Outcome;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Read access to the study results, each with its study and the study's authors, which
 * the pages' structured data names.
 */
public interface StudyResultRepository extends Repository<StudyResult, Long> {

	@EntityGraph(attributePaths = { "citation", "citation.authors" })
	@Query("select r from StudyResult r where r.outcome = :outcome order by r.position")
	List<StudyResult> findByOutcome(Outcome outcome);

	@EntityGraph(attributePaths = { "citation", "citation.authors" })
	@Query("select r from StudyResult r order by r.position")
	List<StudyResult> findAllInOrder();

}
