package com.mgsleep.kb.citation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads references.
 */
public interface CitationRepository extends Repository<Citation, String> {

	List<Citation> findAll(Sort sort);

	Optional<Citation> findById(String key);

	@Query("select c from Citation c join c.citedBy source where source = :sourceKey order by c.key")
	List<Citation> findCitedBy(String sourceKey);

}
