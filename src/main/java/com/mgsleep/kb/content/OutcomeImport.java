package com.mgsleep.kb.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.mgsleep.kb.content.markdown.ParsedKnowledgeBase;
import com.mgsleep.kb.content.markdown.ParsedReference;
import com.mgsleep.kb.content.markdown.ParsedResult;
import com.mgsleep.kb.evidence.OutcomeFinding;
import com.mgsleep.kb.evidence.OutcomeGrader;
import com.mgsleep.kb.evidence.OutcomeRow;
import com.mgsleep.kb.evidence.Study;
import com.mgsleep.kb.outcome.Effect;
import com.mgsleep.kb.outcome.OutcomeSummary;
import com.mgsleep.kb.outcome.StudyResult;
import com.mgsleep.kb.outcome.SummaryStep;
import com.mgsleep.kb.vocabulary.EffectMeasure;
import com.mgsleep.kb.vocabulary.Outcome;
import com.mgsleep.kb.vocabulary.ResultDirection;
import com.mgsleep.kb.vocabulary.SlugEnum;

/**
 * Builds the study results of every reference and, from exactly those results, the
 * summary of findings: one graded row per outcome.
 */
final class OutcomeImport {

	private OutcomeImport() {
	}

	static void addAll(ParsedKnowledgeBase kb, ImportedEntities built) {
		Map<Outcome, List<StudyResult>> byOutcome = new EnumMap<>(Outcome.class);
		Map<StudyResult, OutcomeRow> rows = new HashMap<>();
		for (ParsedReference reference : kb.references()) {
			Study study = built.assessor.study(reference.key());
			for (ParsedResult parsed : reference.results()) {
				StudyResult result = result(parsed, reference, built, built.results.size());
				built.results.add(result);
				byOutcome.computeIfAbsent(result.getOutcome(), (key) -> new ArrayList<>()).add(result);
				if (study != null) {
					rows.put(result, new OutcomeRow(OutcomeRow.withParticipants(study, parsed.participants()),
							result.getDirection()));
				}
			}
		}
		byOutcome.forEach((outcome, results) -> built.summaries.add(summary(outcome, results, rows)));
	}

	private static StudyResult result(ParsedResult parsed, ParsedReference reference, ImportedEntities built,
			int position) {
		EffectMeasure measure = (parsed.measure() != null) ? SlugEnum.fromSlug(EffectMeasure.class, parsed.measure())
				: null;
		StudyResult result = new StudyResult(position, built.citations.get(reference.key()),
				Outcome.fromSlug(parsed.outcome()), ResultDirection.fromSlug(parsed.direction()), parsed.finding(),
				new Effect(measure, parsed.value(), parsed.low(), parsed.high(), parsed.unit(), parsed.p()));
		result.setSubgroup(parsed.participants(), parsed.population());
		result.setElementalDose(reference.elementalMin(), reference.elementalMax());
		return result;
	}

	private static OutcomeSummary summary(Outcome outcome, List<StudyResult> results,
			Map<StudyResult, OutcomeRow> rows) {
		List<StudyResult> graded = results.stream().filter(rows::containsKey).toList();
		OutcomeFinding finding = OutcomeGrader.grade(outcome.getLabel().toLowerCase(Locale.ROOT),
				graded.stream().map(rows::get).toList());
		OutcomeSummary summary = new OutcomeSummary(outcome, (finding.lead() >= 0) ? graded.get(finding.lead()) : null,
				finding.showsBenefit(), finding.assessment().certainty(),
				finding.assessment()
					.steps()
					.stream()
					.map((step) -> new SummaryStep(step.change(), step.reason()))
					.toList());
		summary.setAmount(finding.studies(), finding.participants(), finding.observed(), finding.evidence());
		return summary;
	}

}
