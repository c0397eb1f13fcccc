package com.mgsleep.kb.content;

import java.nio.file.Path;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.article.ArticleRepository;
import com.mgsleep.kb.article.ArticleSection;
import com.mgsleep.kb.citation.CitationRepository;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimCitation;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.content.markdown.ContentParser;
import com.mgsleep.kb.content.markdown.ParseResult;
import com.mgsleep.kb.disagreement.DisagreementRepository;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageRepository;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Population;
import com.mgsleep.kb.vocabulary.StudyDesign;
import com.mgsleep.kb.vocabulary.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The importer writes a parsed knowledge base into the real schema (embedded H2).
 */
@DataJpaTest
@Import(KnowledgeBaseImporter.class)
@EnableConfigurationProperties(KnowledgeBaseProperties.class)
class KnowledgeBaseImporterTests {

	@Autowired
	private KnowledgeBaseImporter importer;

	@Autowired
	private ClaimRepository claims;

	@Autowired
	private CitationRepository citations;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private DosageRepository dosages;

	@Autowired
	private FormRepository forms;

	@Autowired
	private DisagreementRepository disagreements;

	private ImportSummary summary;

	@BeforeEach
	void importFixture() {
		ParseResult result = new ContentParser().parse(Path.of("src/test/resources/fixture-content"));
		assertThat(result.errors()).isEmpty();
		this.summary = this.importer.importKnowledgeBase(result.knowledgeBase());
	}

	@Test
	void importKnowledgeBaseWhenValidThenCountsEveryEntity() {
		assertThat(this.summary).isEqualTo(new ImportSummary(1, 2, 2, 3, 2, 2, 1));
	}

	@Test
	void importKnowledgeBaseWhenClaimCitesThenKeepsRolesNotesAndOrder() {
		Claim claim = this.claims.findById("sleep-onset-older-adults").orElseThrow();
		assertThat(claim.getVerdict()).isEqualTo(Verdict.LIMITED);
		assertThat(claim.getVerdictRationale()).isEqualTo("three small trials, all in older adults");
		assertThat(claim.getForms()).extracting("slug").containsExactly("oxide");
		assertThat(claim.getTopics()).extracting("slug").containsExactly("falling-asleep");
		assertThat(claim.getCitations())
			.extracting((cited) -> cited.getCitation().getKey(), ClaimCitation::getRole, ClaimCitation::getNote)
			.containsExactly(tuple("mah-pitre-2021", CitationRole.SUPPORTS, "3 RCTs, 151 older adults"),
					tuple("abbasi-2012", CitationRole.SUPPORTS, "500 mg/day as oxide"),
					tuple("shop-blog", CitationRole.ASSERTED_BY, "says glycinate does this"));
		assertThat(this.claims.findById("glycinate-works-fastest").orElseThrow().getRelated()).extracting("id")
			.containsExactly("sleep-onset-older-adults");
	}

	@Test
	void importKnowledgeBaseWhenCitationCitedThenClaimsAreFoundFromIt() {
		assertThat(this.claims.findCitationsOf("shop-blog")).extracting((cited) -> cited.getClaim().getId())
			.containsExactlyInAnyOrder("sleep-onset-older-adults", "glycinate-works-fastest");
		assertThat(this.citations.findById("shop-blog").orElseThrow().getDesign()).isEqualTo(StudyDesign.WEB_ARTICLE);
		assertThat(this.citations.findById("abbasi-2012").orElseThrow().getIdentifiers().pmcid())
			.isEqualTo("PMC3703169");
	}

	@Test
	void importKnowledgeBaseWhenDosageTableThenAmountsAndTimingAreNumbers() {
		assertThat(this.dosages.findByArticle("falling-asleep"))
			.extracting(Dosage::getPopulation, Dosage::getPurpose, Dosage::getMinMg, Dosage::getMaxMg,
					Dosage::getMinMinutesBeforeBed, Dosage::getMaxMinutesBeforeBed)
			.containsExactly(tuple(Population.ADULTS, DosagePurpose.SLEEP_SUPPORT, 200.0, 400.0, 30, 60),
					tuple(Population.OLDER_ADULTS, DosagePurpose.STUDY_DOSE, 500.0, 500.0, null, null));
	}

	@Test
	void importKnowledgeBaseWhenArticleThenRendersSanitizedHtmlWithNumberedCitations() {
		Article article = this.articles.findById("falling-asleep").orElseThrow();
		assertThat(article.getSections()).extracting(ArticleSection::kind)
			.containsExactly(ArticleSection.Kind.PROSE, ArticleSection.Kind.CLAIM, ArticleSection.Kind.CLAIM,
					ArticleSection.Kind.DOSAGES, ArticleSection.Kind.DISAGREEMENT, ArticleSection.Kind.ALERT);
		String html = article.getSections().get(0).html();
		assertThat(html)
			.contains("<a href=\"/citations/mah-pitre-2021\" class=\"cite-ref\" id=\"cite-mah-pitre-2021-1\">[1]</a>")
			.contains("<a href=\"/citations/abbasi-2012\" class=\"cite-ref\" id=\"cite-abbasi-2012-1\">[2]</a>")
			.contains("<a href=\"/citations/mah-pitre-2021\" class=\"cite-ref\" id=\"cite-mah-pitre-2021-2\">[1]</a>")
			.contains("class=\"external\"")
			.contains("rel=\"nofollow noopener noreferrer\"")
			.contains("<h2 id=\"the-trials\">The trials</h2>");
		assertThat(article.getReferences()).extracting("key").containsExactly("mah-pitre-2021", "abbasi-2012");
		assertThat(this.disagreements.findByArticle("falling-asleep")).singleElement()
			.satisfies((disagreement) -> assertThat(disagreement.getClaims()).extracting("id")
				.containsExactly("sleep-onset-older-adults", "glycinate-works-fastest"));
	}

	@Test
	void importKnowledgeBaseWhenFormBodyCitesThenLinksWithAuthorYear() {
		assertThat(this.forms.findById("oxide").orElseThrow().getHtml())
			.contains("<a href=\"/citations/abbasi-2012\" class=\"cite-ref\">Abbasi et al. 2012</a>");
	}

}
