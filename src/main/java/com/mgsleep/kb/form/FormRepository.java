package com.mgsleep.kb.form;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/**
 * Reads magnesium forms, with their aliases.
 */
public interface FormRepository extends Repository<MagnesiumForm, String> {

	@EntityGraph(attributePaths = "aliases")
	List<MagnesiumForm> findAll(Sort sort);

	@EntityGraph(attributePaths = "aliases")
	Optional<MagnesiumForm> findById(String slug);

}
