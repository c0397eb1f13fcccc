package com.mgsleep.kb.web.article;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.article.ArticleRepository;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.disagreement.Disagreement;
import com.mgsleep.kb.disagreement.DisagreementRepository;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageRepository;
import com.mgsleep.kb.web.StructuredData;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /articles} and {@code /articles/{slug}}: the editorial articles with their
 * claims, dosage tables and disagreements in place.
 */
@Controller
class ArticleController {

	private final ArticleRepository articles;

	private final ClaimRepository claims;

	private final DosageRepository dosages;

	private final DisagreementRepository disagreements;

	private final StructuredData structuredData;

	ArticleController(ArticleRepository articles, ClaimRepository claims, DosageRepository dosages,
			DisagreementRepository disagreements, StructuredData structuredData) {
		this.articles = articles;
		this.claims = claims;
		this.dosages = dosages;
		this.disagreements = disagreements;
		this.structuredData = structuredData;
	}

	@GetMapping("/articles")
	String listArticles(Model model) {
		model.addAttribute("articles", this.articles.findAll(Sort.by("title")).stream().map(ArticleCard::of).toList());
		return "articles/list";
	}

	@GetMapping("/articles/{slug}")
	String showArticle(@PathVariable String slug, Model model) {
		Article article = this.articles.findForPage(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No article " + slug));
		Map<String, Claim> claims = this.claims.findByArticle(slug)
			.stream()
			.collect(Collectors.toMap(Claim::getId, Function.identity()));
		Map<Integer, List<Dosage>> tables = this.dosages.findByArticle(slug)
			.stream()
			.collect(Collectors.groupingBy(Dosage::getTableIndex));
		Map<String, Disagreement> disagreements = this.disagreements.findByArticle(slug)
			.stream()
			.collect(Collectors.toMap(Disagreement::getId, Function.identity()));
		model.addAttribute("article", ArticlePage.of(article, claims, tables, disagreements));
		model.addAttribute("ogTitle", article.getTitle());
		model.addAttribute("description", article.getSummary());
		model.addAttribute("jsonLd", this.structuredData.medicalWebPage(article.getTitle(), article.getSummary(),
				article.getUrl(), article, article.getReferences()));
		return "articles/article";
	}

}
