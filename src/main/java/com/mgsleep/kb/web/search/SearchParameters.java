package com.mgsleep.kb.web.search;

import java.util.EnumMap;
import java.util.Map;

import com.mgsleep.kb.search.Facet;
import com.mgsleep.kb.search.SearchRequest;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The query string of {@code /search} and {@code /api/search}, bound by Spring MVC:
 * {@code q}, one parameter per {@link Facet} ({@code type}, {@code topic}, {@code form},
 * {@code verdict}, {@code certainty}, {@code source}) and {@code page}. A bean rather
 * than a record: binding a record's constructor reads its parameter annotations afresh on
 * every request, a third of a cached search's time; setters are introspected once.
 */
class SearchParameters {

	@Parameter(description = "The query text, up to 500 characters")
	private String q;

	@Parameter(description = "Only results of this type")
	private String type;

	@Parameter(description = "Only results about this topic (a slug from /api/topics)")
	private String topic;

	@Parameter(description = "Only results about this form (a slug from /api/forms)")
	private String form;

	@Parameter(description = "Only claims with this verdict")
	private String verdict;

	@Parameter(description = "Only claims with this certainty")
	private String certainty;

	@Parameter(description = "Only results linked to this web article (its citation key)")
	private String source;

	@Parameter(description = "The page, from 1 to 50; default 1")
	private Integer page;

	SearchRequest toRequest() {
		Map<Facet, String> filters = new EnumMap<>(Facet.class);
		filters.put(Facet.TYPE, this.type);
		filters.put(Facet.TOPIC, this.topic);
		filters.put(Facet.FORM, this.form);
		filters.put(Facet.VERDICT, this.verdict);
		filters.put(Facet.CERTAINTY, this.certainty);
		filters.put(Facet.SOURCE, this.source);
		return SearchRequest.of(this.q, filters, this.page);
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getForm() {
		return this.form;
	}

	public void setForm(String form) {
		this.form = form;
	}

	public String getVerdict() {
		return this.verdict;
	}

	public void setVerdict(String verdict) {
		this.verdict = verdict;
	}

	public String getCertainty() {
		return this.certainty;
	}

	public void setCertainty(String certainty) {
		this.certainty = certainty;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public Integer getPage() {
		return this.page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

}
