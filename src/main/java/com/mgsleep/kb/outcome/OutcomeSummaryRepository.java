package com.mgsleep.kb.outcome;

import java.util.List;
import java.util.Optional;

import com.mgsleep.kb.vocabulary.Outcome;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Read access to the summary of findings, one row per outcome that any study measured.
 */
public interface OutcomeSummaryRepository extends Repository<OutcomeSummary, Outcome> {

	@Query("select s from OutcomeSummary s left join fetch s.lead l left join fetch l.citation order by s.outcome")
	List<OutcomeSummary> findAllWithLead();

	Optional<OutcomeSummary> findById(Outcome outcome);

}
