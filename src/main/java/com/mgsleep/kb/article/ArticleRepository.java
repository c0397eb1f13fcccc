package com.mgsleep.kb.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads articles.
 */
public interface ArticleRepository extends Repository<Article, String> {

	List<Article> findAll(Sort sort);

	/** Every article with what changed in it, for the feed of changes. */
	@EntityGraph(attributePaths = "history")
	@Query("select a from Article a order by a.slug")
	List<Article> findAllWithHistory();

	Optional<Article> findById(String slug);

	/** One article with everything its page shows: sections, references and topics. */
	@EntityGraph(attributePaths = { "topics", "sections", "references", "references.authors", "history" })
	@Query("select a from Article a where a.slug = :slug")
	Optional<Article> findForPage(String slug);

}
