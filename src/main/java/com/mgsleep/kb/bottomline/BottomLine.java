package com.mgsleep.kb.bottomline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.Length;

/**
 * The answer in plain words at the top of a page, every sentence linking to the claims
 * behind it. Rendered to HTML once, at import.
 */
@Entity
public class BottomLine {

	/** The path of the page it opens, such as {@code /} or {@code /forms/glycinate}. */
	@Id
	private String page;

	/** The question it answers, for the home page. */
	private String heading;

	@Column(length = Length.LONG32)
	private String html;

	protected BottomLine() {
	}

	public BottomLine(String page, String heading, String html) {
		this.page = page;
		this.heading = heading;
		this.html = html;
	}

	public String getPage() {
		return this.page;
	}

	public String getHeading() {
		return this.heading;
	}

	public String getHtml() {
		return this.html;
	}

}
