package com.mgsleep.kb.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.history.HistoryEntry;
import com.mgsleep.kb.topic.Topic;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.vocabulary.Verdict;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One statement about magnesium and sleep, with its verdict and the references behind it.
 */
@Entity
@Table(indexes = { @Index(columnList = "verdictRank"), @Index(columnList = "citationsRank"),
		@Index(columnList = "statementRank"), @Index(columnList = "lastChanged") })
public class Claim extends AssessedStatement {

	@Id
	private String id;

	@Column(length = 2000)
	private String statement;

	@Enumerated(EnumType.STRING)
	private Verdict verdict;

	@Column(length = 1000)
	private String verdictRationale;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Article article;

	/** Reading order within the article. */
	private int position;

	/** Its place among all claims in each {@link ClaimOrder}, from 0. */
	private int verdictRank;

	private int citationsRank;

	private int statementRank;

	/**
	 * The day it was last reviewed or changed, whichever is later, so that the feed of
	 * changes can ask the database for the latest few.
	 */
	private LocalDate lastChanged = LocalDate.EPOCH;

	@ManyToMany
	@OrderColumn
	@JoinTable(name = "claim_topic")
	private List<Topic> topics = new ArrayList<>();

	@ManyToMany
	@OrderColumn
	@JoinTable(name = "claim_form")
	private List<MagnesiumForm> forms = new ArrayList<>();

	/** A set, not a bag, so that pages can fetch it together with the lists. */
	@OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<ClaimCitation> citations = new LinkedHashSet<>();

	@ManyToMany
	@OrderColumn
	@JoinTable(name = "claim_related")
	private List<Claim> related = new ArrayList<>();

	/** What the editors changed in the claim, newest first. */
	@ElementCollection
	@OrderColumn
	@CollectionTable(name = "claim_history")
	private List<HistoryEntry> history = new ArrayList<>();

	protected Claim() {
	}

	public Claim(String id, String statement, Verdict verdict, String verdictRationale, Article article, int position) {
		this.id = id;
		this.statement = statement;
		this.verdict = verdict;
		this.verdictRationale = verdictRationale;
		this.article = article;
		this.position = position;
		this.lastChanged = newestChange();
	}

	public void addTopic(Topic topic) {
		this.topics.add(topic);
	}

	public void addForm(MagnesiumForm form) {
		this.forms.add(form);
	}

	public void cite(Citation citation, CitationRole role, String note) {
		this.citations.add(new ClaimCitation(this, citation, role, note));
	}

	public void relateTo(Claim other) {
		this.related.add(other);
	}

	public String getId() {
		return this.id;
	}

	public String getStatement() {
		return this.statement;
	}

	public Verdict getVerdict() {
		return this.verdict;
	}

	public String getVerdictRationale() {
		return this.verdictRationale;
	}

	public Article getArticle() {
		return this.article;
	}

	/**
	 * When the claim was last reviewed: claims are reviewed with the article they are
	 * written in, so this is the article's date. Needs the article loaded.
	 */
	public void addHistory(List<HistoryEntry> entries) {
		this.history.addAll(entries);
		this.lastChanged = newestChange();
	}

	private LocalDate newestChange() {
		LocalDate newest = (this.article != null && this.article.getLastReviewed() != null)
				? this.article.getLastReviewed() : LocalDate.EPOCH;
		for (HistoryEntry entry : this.history) {
			if (entry.date().isAfter(newest)) {
				newest = entry.date();
			}
		}
		return newest;
	}

	public List<HistoryEntry> getHistory() {
		return List.copyOf(this.history);
	}

	public LocalDate getLastReviewed() {
		return this.article.getLastReviewed();
	}

	/** Records the claim's place among all claims in an order. */
	void rank(ClaimOrder order, int rank) {
		switch (order) {
			case VERDICT -> this.verdictRank = rank;
			case CITATIONS -> this.citationsRank = rank;
			case STATEMENT -> this.statementRank = rank;
		}
	}

	public int getPosition() {
		return this.position;
	}

	public List<Topic> getTopics() {
		return List.copyOf(this.topics);
	}

	public List<MagnesiumForm> getForms() {
		return List.copyOf(this.forms);
	}

	public List<ClaimCitation> getCitations() {
		return List.copyOf(this.citations);
	}

	/** How many references it cites, without copying them. */
	public int getCitationCount() {
		return this.citations.size();
	}

	public List<ClaimCitation> citationsWith(CitationRole role) {
		return this.citations.stream().filter((citation) -> citation.getRole() == role).toList();
	}

	public List<Claim> getRelated() {
		return List.copyOf(this.related);
	}

	public String getUrl() {
		return urlOf(this.id);
	}

	/** The page of the claim with this id, for readers that have only the id. */
	public static String urlOf(String id) {
		return "/claims/" + id;
	}

}
