package com.mgsleep.kb.citation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads references.
 */
public interface CitationRepository extends Repository<Citation, String> {

	List<Citation> findAll(Sort sort);

	/** Every reference by key with its authors, as the JSON API lists them. */
	@EntityGraph(attributePaths = "authors")
	@Query("select c from Citation c order by c.key")
	List<Citation> findAllWithAuthors();

	/** One reference with its authors and the web articles citing it. */
	@EntityGraph(attributePaths = { "authors", "citedBy" })
	Optional<Citation> findById(String key);

	/** The references a web article cites, with their authors, as its page lists them. */
	@EntityGraph(attributePaths = "authors")
	@Query("select c from Citation c join c.citedBy source where source = :sourceKey order by c.key")
	List<Citation> findCitedBy(String sourceKey);

}
