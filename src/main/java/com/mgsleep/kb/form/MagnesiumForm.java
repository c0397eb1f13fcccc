package com.mgsleep.kb.form;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import org.hibernate.Length;

/**
 * A magnesium compound, such as glycinate or oxide.
 */
@Entity
public class MagnesiumForm {

	@Id
	private String slug;

	private String name;

	@ElementCollection
	@OrderColumn
	@Column(name = "alias")
	private List<String> aliases = new ArrayList<>();

	@Column(length = Length.LONG32)
	private String html;

	protected MagnesiumForm() {
	}

	public MagnesiumForm(String slug, String name, List<String> aliases, String html) {
		this.slug = slug;
		this.name = name;
		this.aliases = new ArrayList<>(aliases);
		this.html = html;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public List<String> getAliases() {
		return List.copyOf(this.aliases);
	}

	public String getHtml() {
		return this.html;
	}

	public String getUrl() {
		return urlOf(this.slug);
	}

	/** The page of the form with this slug. */
	public static String urlOf(String slug) {
		return "/forms/" + slug;
	}

}
