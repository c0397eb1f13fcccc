package com.mgsleep.kb.web.outcome;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mgsleep.kb.outcome.OutcomeSummary;
import com.mgsleep.kb.outcome.OutcomeSummaryRepository;
import com.mgsleep.kb.outcome.StudyResultRepository;
import com.mgsleep.kb.vocabulary.Outcome;
import com.mgsleep.kb.web.outcome.OutcomeJson.OutcomeDetail;
import com.mgsleep.kb.web.outcome.OutcomeJson.OutcomeEntry;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/outcomes} and {@code /api/outcomes/{slug}}: the summary of findings and
 * each outcome's evidence table.
 */
@RestController
class OutcomeApiController {

	private final StudyResultRepository results;

	private final OutcomeSummaryRepository summaries;

	OutcomeApiController(StudyResultRepository results, OutcomeSummaryRepository summaries) {
		this.results = results;
		this.summaries = summaries;
	}

	@GetMapping("/api/outcomes")
	@Operation(summary = "Lists the sleep outcomes, each with its row in the summary of findings")
	List<OutcomeEntry> listOutcomes() {
		Map<Outcome, OutcomeSummary> byOutcome = this.summaries.findAllWithLead()
			.stream()
			.collect(Collectors.toMap(OutcomeSummary::getOutcome, Function.identity()));
		return Arrays.stream(Outcome.values())
			.map((outcome) -> OutcomeJson.entry(outcome, byOutcome.get(outcome)))
			.toList();
	}

	@GetMapping("/api/outcomes/{slug}")
	@Operation(summary = "Shows an outcome's evidence table, every study result on it, and its summary of findings")
	OutcomeDetail showOutcome(@PathVariable String slug) {
		Outcome outcome = OutcomeController.find(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No outcome " + slug));
		return OutcomeJson.detail(outcome, this.summaries.findById(outcome).orElse(null),
				this.results.findByOutcome(outcome));
	}

}
