package com.mgsleep.kb.web.topic;

import java.util.List;

import com.mgsleep.kb.bottomline.BottomLineRepository;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.form.FormRepository;
import com.mgsleep.kb.outcome.OutcomeSummaryRepository;
import com.mgsleep.kb.outcome.StudyResultRepository;
import com.mgsleep.kb.topic.Topic;
import com.mgsleep.kb.topic.TopicRepository;
import com.mgsleep.kb.web.StructuredData;
import com.mgsleep.kb.web.claim.ClaimFilter;
import com.mgsleep.kb.web.fragment.BottomLineView;
import com.mgsleep.kb.web.fragment.Option;
import com.mgsleep.kb.web.fragment.VerdictGroup;
import com.mgsleep.kb.web.fragment.VerdictView;
import com.mgsleep.kb.web.outcome.OutcomeTables;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /topics} and {@code /topics/{slug}}: the topics and the claims in each.
 */
@Controller
class TopicController {

	private final TopicRepository topics;

	private final ClaimRepository claims;

	private final FormRepository forms;

	private final BottomLineRepository bottomLines;

	private final StructuredData structuredData;

	private final StudyResultRepository results;

	private final OutcomeSummaryRepository summaries;

	TopicController(TopicRepository topics, ClaimRepository claims, FormRepository forms,
			BottomLineRepository bottomLines, StructuredData structuredData, StudyResultRepository results,
			OutcomeSummaryRepository summaries) {
		this.results = results;
		this.summaries = summaries;
		this.bottomLines = bottomLines;
		this.structuredData = structuredData;
		this.topics = topics;
		this.claims = claims;
		this.forms = forms;
	}

	@GetMapping("/topics")
	String listTopics(Model model) {
		model.addAttribute("topics", TopicCard.all(this.topics, this.claims));
		return "topics/list";
	}

	@GetMapping("/topics/{slug}")
	String showTopic(@PathVariable String slug, @RequestParam(required = false) String form,
			@RequestParam(required = false) String verdict, @RequestParam(required = false) String sort, Model model) {
		Topic topic = this.topics.findById(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No topic " + slug));
		ClaimFilter filter = new ClaimFilter(null, form, verdict, null, null, sort);
		List<VerdictGroup> groups = VerdictGroup.of(filter.apply(this.claims, slug));
		model.addAttribute("ogTitle", topic.getName());
		model.addAttribute("description", topic.getDescription());
		model.addAttribute("jsonLd", this.structuredData.topicPage(topic));
		model.addAttribute("topic",
				new TopicView(topic.getUrl(), topic.getName(), topic.getDescription(), topic.getHtml()));
		BottomLineView.addTo(model, this.bottomLines, topic.getUrl());
		model.addAttribute("filter", filter);
		model.addAttribute("count", groups.stream().mapToInt((group) -> group.claims().size()).sum());
		model.addAttribute("claimsByVerdict", groups);
		model.addAttribute("forms",
				this.forms.findAll(Sort.by("name")).stream().map((f) -> new Option(f.getSlug(), f.getName())).toList());
		model.addAttribute("verdicts", VerdictView.options());
		model.addAttribute("outcomeTables", OutcomeTables.forTopic(slug, this.results, this.summaries));
		return "topics/topic";
	}

	/**
	 * A topic's own page.
	 *
	 * @param url its page, where the filters send the reader
	 * @param name its name
	 * @param description one sentence
	 * @param html its text, sanitized HTML
	 */
	record TopicView(String url, String name, String description, String html) {

	}

}
