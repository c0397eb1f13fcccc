package com.mgsleep.kb.search;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * Words or phrases search treats as equal, one list item of {@code content/synonyms.md}.
 */
@Entity
public class SynonymGroup {

	private static final String SEPARATOR = "|";

	@Id
	@GeneratedValue
	private Long id;

	@Column(length = 2000)
	private String terms;

	protected SynonymGroup() {
	}

	public SynonymGroup(List<String> terms) {
		this.terms = String.join(SEPARATOR, terms);
	}

	public List<String> getTerms() {
		return List.of(this.terms.split("\\" + SEPARATOR));
	}

}
