package com.mgsleep.kb.web.outcome;

import java.util.List;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.citation.StudyDetails;
import com.mgsleep.kb.outcome.Effect;
import com.mgsleep.kb.outcome.OutcomeSummary;
import com.mgsleep.kb.outcome.StudyResult;
import com.mgsleep.kb.vocabulary.Outcome;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The outcomes, their evidence tables and the summary of findings as the JSON API writes
 * them: the same rows the pages show, with numbers as numbers.
 */
final class OutcomeJson {

	private OutcomeJson() {
	}

	static OutcomeEntry entry(Outcome outcome, OutcomeSummary summary) {
		return new OutcomeEntry(outcome.getSlug(), outcome.getLabel(), outcome.getTopic(), SummaryRow.urlOf(outcome),
				(summary != null) ? summary(summary) : null);
	}

	static OutcomeDetail detail(Outcome outcome, OutcomeSummary summary, List<StudyResult> results) {
		return new OutcomeDetail(outcome.getSlug(), outcome.getLabel(), outcome.getDescription(), outcome.getTopic(),
				(summary != null) ? summary(summary) : null, results.stream().map(OutcomeJson::row).toList());
	}

	private static SummaryJson summary(OutcomeSummary summary) {
		StudyResult lead = summary.getLead();
		String direction = (lead == null) ? "no-estimate" : summary.isShowsBenefit() ? "better" : "no-clear-benefit";
		return new SummaryJson(direction, (lead != null) ? lead.getFinding() : null,
				(lead != null) ? effect(lead.getEffect()) : null, (lead != null) ? lead.getCitation().getKey() : null,
				summary.getStudies(), summary.getParticipants(), summary.getObserved(), summary.getEvidence(),
				summary.getCertainty().getSlug(),
				summary.getSteps().stream().map((step) -> new StepJson(step.change(), step.reason())).toList());
	}

	private static RowJson row(StudyResult result) {
		Citation citation = result.getCitation();
		StudyDetails studied = citation.getStudy();
		return new RowJson(citation.getKey(), citation.getLabel(), citation.getDesign().getSlug(), result.getPeople(),
				(result.getPopulation() != null) ? result.getPopulation() : studied.population(), studied.formSlug(),
				result.getElementalMin(), result.getElementalMax(), studied.dose(), studied.duration(),
				result.getDirection().getSlug(), result.getFinding(), effect(result.getEffect()));
	}

	private static EffectJson effect(Effect effect) {
		if (effect == null || (effect.measure() == null && effect.p() == null)) {
			return null;
		}
		return new EffectJson((effect.measure() != null) ? effect.measure().getSlug() : null, effect.estimate(),
				effect.low(), effect.high(), effect.unit(), effect.p());
	}

	@Schema(name = "Outcome", description = "A sleep outcome and its row in the summary of findings")
	record OutcomeEntry(@Schema(description = "The slug, as in /outcomes/{slug}") String slug,
			@Schema(description = "The name") String label,
			@Schema(description = "The slug of the topic whose page shows it") String topic,
			@Schema(description = "Its evidence table's page") String url,
			@Schema(description = "Its row in the summary of findings; absent when no study measured it") SummaryJson summary) {
	}

	@Schema(name = "OutcomeTable", description = "A sleep outcome's evidence table and its summary of findings")
	record OutcomeDetail(@Schema(description = "The slug") String slug, @Schema(description = "The name") String label,
			@Schema(description = "What it measures") String description,
			@Schema(description = "The slug of its topic") String topic,
			@Schema(description = "Its row in the summary of findings; absent when no study measured it") SummaryJson summary,
			@Schema(description = "Every study result on it, in the order they are written") List<RowJson> rows) {
	}

	@Schema(name = "SummaryOfFindings",
			description = "What every study of an outcome shows together, worked out from its evidence table")
	record SummaryJson(
			@Schema(description = "`better` (better with magnesium), `no-clear-benefit` or `no-estimate`",
					allowableValues = {
							"better", "no-clear-benefit", "no-estimate" }) String direction,
			@Schema(description = "The result the finding rests on, in words; null without one") String effect,
			@Schema(description = "That result's numbers; null when it gives none") EffectJson numbers,
			@Schema(description = "The citation key of the study it rests on; null without one") String leadStudy,
			@Schema(description = "How many studies reported a result") int studies,
			@Schema(description = "People in trials and reviews of trials, each counted once") int participants,
			@Schema(description = "People in observational studies, never added to those randomized") int observed,
			@Schema(description = "The counted evidence in words") String evidence,
			@Schema(description = "How sure we can be: high, moderate, low, very-low or none") String certainty,
			@Schema(description = "Where the certainty started and each step that lowered it") List<StepJson> certaintySteps){
	}

	@Schema(name = "SummaryStep",
			description = "A step of an outcome's certainty: where it started, or why it was" + " rated down")
	record StepJson(@Schema(description = "Such as `start High` or `-1 imprecision`") String change,
			@Schema(description = "Why, in a phrase for readers") String reason) {
	}

	@Schema(name = "StudyResult", description = "One row of an evidence table: a study and what it found")
	record RowJson(@Schema(description = "The study's citation key") String study,
			@Schema(description = "Its short name") String label,
			@Schema(description = "Its design, a slug such as rct or cross-sectional") String design,
			@Schema(description = "How many people the result is about") Integer participants,
			@Schema(description = "Who") String population, @Schema(description = "The form's slug") String form,
			@Schema(description = "Least elemental magnesium a day in mg, where the study gives it") Double elementalMinMg,
			@Schema(description = "Most elemental magnesium a day in mg") Double elementalMaxMg,
			@Schema(description = "The dose in words") String dose, @Schema(description = "How long") String duration,
			@Schema(description = "better, no-difference, worse, mixed or not-estimated") String direction,
			@Schema(description = "The result in words") String finding,
			@Schema(description = "The numbers, where the checked bibliography gives them; null otherwise") EffectJson effect) {
	}

	@Schema(name = "Effect", description = "A result's numbers as the checked bibliography gives them")
	record EffectJson(
			@Schema(description = "mean-difference, standardized-mean-difference or odds-ratio") String measure,
			@Schema(description = "The estimate") Double estimate,
			@Schema(description = "The lower end of its 95% confidence interval") Double low,
			@Schema(description = "The upper end") Double high,
			@Schema(description = "The unit of a difference") String unit,
			@Schema(description = "The p value as written, such as 0.02 or <0.05") String p) {
	}

}
