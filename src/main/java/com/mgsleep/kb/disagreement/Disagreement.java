package com.mgsleep.kb.disagreement;

import java.util.ArrayList;
import java.util.List;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.claim.Claim;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

/**
 * A point on which sources disagree; each claim states one position.
 */
@Entity
public class Disagreement {

	@Id
	private String id;

	@Column(length = 1000)
	private String question;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Article article;

	@ManyToMany
	@OrderColumn
	@JoinTable(name = "disagreement_claim")
	private List<Claim> claims = new ArrayList<>();

	protected Disagreement() {
	}

	public Disagreement(String id, String question, Article article) {
		this.id = id;
		this.question = question;
		this.article = article;
	}

	public void addPosition(Claim claim) {
		this.claims.add(claim);
	}

	public String getId() {
		return this.id;
	}

	public String getQuestion() {
		return this.question;
	}

	public Article getArticle() {
		return this.article;
	}

	public List<Claim> getClaims() {
		return List.copyOf(this.claims);
	}

}
