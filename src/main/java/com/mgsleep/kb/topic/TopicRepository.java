package com.mgsleep.kb.topic;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

/**
 * Reads topics.
 */
public interface TopicRepository extends Repository<Topic, String> {

	List<Topic> findAll(Sort sort);

	Optional<Topic> findById(String slug);

}
