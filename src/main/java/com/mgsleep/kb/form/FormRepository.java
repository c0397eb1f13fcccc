package com.mgsleep.kb.form;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

/**
 * Reads magnesium forms.
 */
public interface FormRepository extends Repository<MagnesiumForm, String> {

	List<MagnesiumForm> findAll(Sort sort);

	Optional<MagnesiumForm> findById(String slug);

}
