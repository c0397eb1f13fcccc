package com.mgsleep.kb.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.history.HistoryEntry;
import com.mgsleep.kb.topic.Topic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;

/**
 * An editorial article: prose around the claims, dosage tables and disagreements written
 * in it. Its HTML is rendered once, at import.
 */
@Entity
public class Article {

	@Id
	private String slug;

	private String title;

	@Column(length = 1000)
	private String summary;

	private LocalDate lastReviewed;

	@ManyToMany
	@OrderColumn
	@JoinTable(name = "article_topic")
	private List<Topic> topics = new ArrayList<>();

	@ElementCollection
	@OrderColumn
	private List<ArticleSection> sections = new ArrayList<>();

	/** The works cited in the prose, numbered in order of first citation. */
	@ManyToMany
	@OrderColumn
	@JoinTable(name = "article_reference")
	private List<Citation> references = new ArrayList<>();

	/** What changed, newest first: the editors' notes and the file's revisions. */
	@ElementCollection
	@OrderColumn
	@CollectionTable(name = "article_history")
	private List<HistoryEntry> history = new ArrayList<>();

	protected Article() {
	}

	public void addHistory(List<HistoryEntry> entries) {
		this.history.addAll(entries);
	}

	public List<HistoryEntry> getHistory() {
		return List.copyOf(this.history);
	}

	public Article(String slug, String title, String summary, LocalDate lastReviewed) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.lastReviewed = lastReviewed;
	}

	public void addTopic(Topic topic) {
		this.topics.add(topic);
	}

	public void addSection(ArticleSection section) {
		this.sections.add(section);
	}

	public void addReference(Citation citation) {
		this.references.add(citation);
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public LocalDate getLastReviewed() {
		return this.lastReviewed;
	}

	public List<Topic> getTopics() {
		return List.copyOf(this.topics);
	}

	public List<ArticleSection> getSections() {
		return List.copyOf(this.sections);
	}

	public List<Citation> getReferences() {
		return List.copyOf(this.references);
	}

	public String getUrl() {
		return urlOf(this.slug);
	}

	/** The page of the article with this slug, for readers that have only the slug. */
	public static String urlOf(String slug) {
		return "/articles/" + slug;
	}

}
