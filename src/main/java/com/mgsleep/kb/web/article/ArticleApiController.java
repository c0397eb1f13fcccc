package com.mgsleep.kb.web.article;

import java.util.List;

import com.mgsleep.kb.article.ArticleRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/articles}: the editorial articles.
 */
@RestController
class ArticleApiController {

	private final ArticleRepository articles;

	ArticleApiController(ArticleRepository articles) {
		this.articles = articles;
	}

	@GetMapping("/api/articles")
	@Operation(summary = "Lists the editorial articles")
	List<ArticleJson> listArticles() {
		return this.articles.findAll(Sort.by("title"))
			.stream()
			.map((article) -> new ArticleJson(article.getSlug(), article.getTitle(), article.getSummary()))
			.toList();
	}

	/** An article as the JSON API shows it. */
	@Schema(name = "Article", description = "An editorial article of the knowledge base")
	record ArticleJson(@Schema(description = "The slug, as in /articles/{slug}") String slug,
			@Schema(description = "The title") String title,
			@Schema(description = "One or two sentences") String summary) {
	}

}
