package com.mgsleep.kb.search;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

/**
 * Reads the editors' synonym groups.
 */
interface SynonymGroupRepository extends Repository<SynonymGroup, Long> {

	List<SynonymGroup> findAll(Sort sort);

}
