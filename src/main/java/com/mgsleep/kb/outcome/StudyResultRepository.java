package com.mgsleep.kb.outcome;

import java.util.List;

import com.mgsleep.kb.vocabulary.Outcome;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Read access to the study results, each with its study.
 */
public interface StudyResultRepository extends Repository<StudyResult, Long> {

	@Query("select r from StudyResult r join fetch r.citation where r.outcome = :outcome order by r.position")
	List<StudyResult> findByOutcome(Outcome outcome);

	@Query("select r from StudyResult r join fetch r.citation order by r.position")
	List<StudyResult> findAllInOrder();

}
