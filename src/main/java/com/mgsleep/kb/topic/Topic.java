package com.mgsleep.kb.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.Length;

/**
 * A theme readers browse and search by.
 */
@Entity
public class Topic {

	@Id
	private String slug;

	private String name;

	@Column(length = 1000)
	private String description;

	@Column(length = Length.LONG32)
	private String html;

	protected Topic() {
	}

	public Topic(String slug, String name, String description, String html) {
		this.slug = slug;
		this.name = name;
		this.description = description;
		this.html = html;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public String getHtml() {
		return this.html;
	}

	public String getUrl() {
		return urlOf(this.slug);
	}

	/** The page of the topic with this slug. */
	public static String urlOf(String slug) {
		return "/topics/" + slug;
	}

}
