package com.mgsleep.kb.article;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.disagreement.Disagreement;
import com.mgsleep.kb.disagreement.DisagreementRepository;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.dosage.DosageRepository;

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
		model.addAttribute("articles", this.articles.findAll(Sort.by("title")));
		return "articles/list";
	}

	@GetMapping("/articles/{slug}")
	String showArticle(@PathVariable String slug, Model model) {
		Article article = this.articles.findById(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No article " + slug));
		model.addAttribute("article", article);
		model.addAttribute("claims",
				this.claims.findByArticle(slug).stream().collect(Collectors.toMap(Claim::getId, Function.identity())));
		Map<String, java.util.List<Dosage>> tables = this.dosages.findByArticle(slug)
			.stream()
			.collect(Collectors.groupingBy((dosage) -> String.valueOf(dosage.getTableIndex())));
		model.addAttribute("dosageTables", tables);
		model.addAttribute("disagreements",
				this.disagreements.findByArticle(slug)
					.stream()
					.collect(Collectors.toMap(Disagreement::getId, Function.identity())));
		model.addAttribute("jsonLd", this.structuredData.medicalWebPage(article.getTitle(), article.getSummary(),
				article.getUrl(), article, article.getReferences()));
		return "articles/article";
	}

}
