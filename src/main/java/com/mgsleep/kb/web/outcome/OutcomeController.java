package com.mgsleep.kb.web.outcome;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.outcome.OutcomeSummaryRepository;
import com.mgsleep.kb.outcome.StudyResult;
import com.mgsleep.kb.outcome.StudyResultRepository;
import com.mgsleep.kb.vocabulary.Outcome;
import com.mgsleep.kb.web.StructuredData;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /outcomes}, {@code /outcomes/{slug}} and {@code /evidence}: the sleep outcomes,
 * each one's evidence table, and the summary of findings across them.
 */
@Controller
class OutcomeController {

	static final String EVIDENCE_DESCRIPTION = "What every study we checked shows for each sleep outcome, how much"
			+ " evidence there is and how sure we can be, worked out from the evidence tables.";

	private final StudyResultRepository results;

	private final OutcomeSummaryRepository summaries;

	private final StructuredData structuredData;

	OutcomeController(StudyResultRepository results, OutcomeSummaryRepository summaries,
			StructuredData structuredData) {
		this.results = results;
		this.summaries = summaries;
		this.structuredData = structuredData;
	}

	@GetMapping("/outcomes")
	String listOutcomes(Model model) {
		String description = "Every sleep outcome the studies measured, each with an evidence table.";
		model.addAttribute("description", description);
		model.addAttribute("jsonLd", this.structuredData.evidencePage("Sleep outcomes", description, "/outcomes",
				citations(this.results.findAllInOrder())));
		model.addAttribute("rows", OutcomeTables.summary(this.summaries));
		return "outcomes/list";
	}

	@GetMapping("/outcomes/{slug}")
	String showOutcome(@PathVariable String slug, @RequestParam(required = false) String sort, Model model) {
		Outcome outcome = find(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No outcome " + slug));
		TableSort order = TableSort.of(sort);
		OutcomeTable table = OutcomeTables.table(outcome, order, this.results, this.summaries);
		model.addAttribute("ogTitle", outcome.getLabel());
		model.addAttribute("description", outcome.getDescription());
		model.addAttribute("jsonLd", this.structuredData.evidencePage(outcome.getLabel(), outcome.getDescription(),
				table.url(), citations(this.results.findByOutcome(outcome))));
		model.addAttribute("table", table);
		model.addAttribute("sort", order.getSlug());
		model.addAttribute("sorts", TableSort.options());
		return "outcomes/outcome";
	}

	@GetMapping("/evidence")
	String showSummaryOfFindings(Model model) {
		model.addAttribute("ogTitle", "Summary of findings");
		model.addAttribute("description", EVIDENCE_DESCRIPTION);
		model.addAttribute("jsonLd", this.structuredData.evidencePage("Summary of findings", EVIDENCE_DESCRIPTION,
				"/evidence", citations(this.results.findAllInOrder())));
		model.addAttribute("rows", OutcomeTables.summary(this.summaries));
		return "outcomes/evidence";
	}

	static Optional<Outcome> find(String slug) {
		return Arrays.stream(Outcome.values()).filter((outcome) -> outcome.getSlug().equals(slug)).findFirst();
	}

	private static List<Citation> citations(List<StudyResult> results) {
		return results.stream().map(StudyResult::getCitation).distinct().toList();
	}

}
