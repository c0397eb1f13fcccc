package com.mgsleep.kb.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

/**
 * Reads articles.
 */
public interface ArticleRepository extends Repository<Article, String> {

	List<Article> findAll(Sort sort);

	Optional<Article> findById(String slug);

}
