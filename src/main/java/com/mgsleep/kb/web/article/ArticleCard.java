package com.mgsleep.kb.web.article;

import java.time.LocalDate;

import com.mgsleep.kb.article.Article;

/**
 * An article in a list.
 *
 * @param url its page
 * @param title its title
 * @param summary one or two sentences
 * @param lastReviewed the date of its last review
 */
public record ArticleCard(String url, String title, String summary, LocalDate lastReviewed) {

	public static ArticleCard of(Article article) {
		return new ArticleCard(article.getUrl(), article.getTitle(), article.getSummary(), article.getLastReviewed());
	}

}
