package com.mgsleep.kb.web.article;

import java.util.List;

import com.mgsleep.kb.article.ArticleRepository;

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
	List<ArticleJson> listArticles() {
		return this.articles.findAll(Sort.by("title"))
			.stream()
			.map((article) -> new ArticleJson(article.getSlug(), article.getTitle(), article.getSummary()))
			.toList();
	}

	/**
	 * An article as the JSON API shows it.
	 *
	 * @param slug the slug
	 * @param title the title
	 * @param summary one or two sentences
	 */
	record ArticleJson(String slug, String title, String summary) {
	}

}
