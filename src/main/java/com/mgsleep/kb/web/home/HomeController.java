package com.mgsleep.kb.web.home;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.mgsleep.kb.article.ArticleRepository;
import com.mgsleep.kb.bottomline.BottomLineRepository;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.claim.ClaimRepository.CertaintyCount;
import com.mgsleep.kb.claim.ClaimRepository.VerdictCount;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.dosage.DosageFacts;
import com.mgsleep.kb.dosage.DosageRepository;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.topic.TopicRepository;
import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.DosagePurpose;
import com.mgsleep.kb.vocabulary.Verdict;
import com.mgsleep.kb.web.article.ArticleCard;
import com.mgsleep.kb.web.fragment.BottomLineView;
import com.mgsleep.kb.web.fragment.CertaintyView;
import com.mgsleep.kb.web.fragment.CountView;
import com.mgsleep.kb.web.fragment.Link;
import com.mgsleep.kb.web.fragment.VerdictView;
import com.mgsleep.kb.web.topic.TopicCard;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the site is, its articles and topics, and how the claims fare.
 */
@Controller
class HomeController {

	private final ArticleRepository articles;

	private final TopicRepository topics;

	private final ClaimRepository claims;

	private final FormRepository forms;

	private final DosageRepository dosages;

	private final BottomLineRepository bottomLines;

	HomeController(ArticleRepository articles, TopicRepository topics, ClaimRepository claims, FormRepository forms,
			DosageRepository dosages, BottomLineRepository bottomLines) {
		this.bottomLines = bottomLines;
		this.articles = articles;
		this.topics = topics;
		this.claims = claims;
		this.forms = forms;
		this.dosages = dosages;
	}

	@GetMapping("/")
	String showHome(Model model) {
		BottomLineView.addTo(model, this.bottomLines, "/");
		Map<Verdict, Long> verdicts = this.claims.countByVerdict()
			.stream()
			.collect(Collectors.toMap(VerdictCount::verdict, VerdictCount::claims));
		Map<Certainty, Long> certainties = this.claims.countByCertainty()
			.stream()
			.collect(Collectors.toMap(CertaintyCount::certainty, CertaintyCount::claims));
		model.addAttribute("verdicts",
				Arrays.stream(Verdict.values())
					.map((verdict) -> new CountView<>(VerdictView.of(verdict), verdicts.getOrDefault(verdict, 0L)))
					.toList());
		model.addAttribute("claimCount", verdicts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("certainties",
				Arrays.stream(Certainty.values())
					.filter(certainties::containsKey)
					.map((certainty) -> new CountView<>(CertaintyView.of(certainty), certainties.get(certainty)))
					.toList());
		DosageFacts.of(this.dosages.findByPurposeIn(EnumSet.of(DosagePurpose.RDA, DosagePurpose.UPPER_LIMIT)))
			.ifPresent((facts) -> model.addAttribute("facts", facts));
		model.addAttribute("articles", this.articles.findAll(Sort.by("title")).stream().map(ArticleCard::of).toList());
		model.addAttribute("forms",
				this.forms.findAll(Sort.by("name")).stream().map((f) -> new Link(f.getUrl(), f.getName())).toList());
		model.addAttribute("sources", sources());
		model.addAttribute("topics", TopicCard.all(this.topics, this.claims));
		return "home";
	}

	private List<SourceCard> sources() {
		return this.claims.findAssertingSources()
			.stream()
			.filter((source) -> source.getSellsSupplements() != null)
			.map((source) -> new SourceCard(Citation.sourceUrlOf(source.getKey()), source.getTitle(),
					source.getPublication().publisherOrContainer(), source.getSellsSupplements()))
			.toList();
	}

	/**
	 * A source on the home page.
	 *
	 * @param url its scorecard
	 * @param title its title
	 * @param publisher its publisher, or its site
	 * @param sellsSupplements whether the publisher sells supplements
	 */
	record SourceCard(String url, String title, String publisher, boolean sellsSupplements) {

	}

}
