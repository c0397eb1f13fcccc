package com.mgsleep.kb.web.outcome;

import java.util.List;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.outcome.Effect;
import com.mgsleep.kb.outcome.StudyResult;
import com.mgsleep.kb.vocabulary.EffectMeasure;
import com.mgsleep.kb.vocabulary.Outcome;
import com.mgsleep.kb.vocabulary.ResultDirection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ForestPlot}'s geometry: no difference in the middle, a symmetric scale
 * that keeps every mark inside the margins, ratios on a log scale, and a text alternative
 * naming every plotted result.
 */
class ForestPlotTests {

	@Test
	void ofWhenMeanDifferencesThenNoDifferenceInTheMiddleAndTheFarthestEndAtTheMargin() {
		ForestPlot plot = ForestPlot.of(List.of(
				result("Mah & Pitre 2021",
						new Effect(EffectMeasure.MEAN_DIFFERENCE, -17.36, -27.27, -7.44, "min", null)),
				result("Schuster et al. 2025",
						new Effect(EffectMeasure.MEAN_DIFFERENCE, -1.6, null, null, "min", "0.049")),
				result("Words only", new Effect(null, null, null, null, null, "0.02"))));
		assertThat(plot.panels()).hasSize(1);
		ForestPlot.Panel panel = plot.panels().get(0);
		assertThat(panel.title()).isEqualTo("Mean difference, min");
		assertThat(panel.middle()).isEqualTo("0");
		assertThat(panel.left()).isEqualTo("\u221231");
		assertThat(panel.right()).isEqualTo("31");
		ForestPlot.Point pooled = panel.points().get(0);
		assertThat(pooled.from()).isEqualTo(ForestPlot.MARGIN);
		assertThat(pooled.at()).isBetween(pooled.from(), pooled.to()).isLessThan(50);
		assertThat(pooled.to()).isLessThan(50);
		assertThat(panel.points().get(1).hasInterval()).isFalse();
		assertThat(plot.summary()).contains("Mah & Pitre 2021: MD \u221217.36 min (95% CI \u221227.27 to \u22127.44)")
			.contains("Schuster et al. 2025: MD \u22121.6 min; p = 0.049")
			.doesNotContain("Words only");
	}

	@Test
	void ofWhenOddsRatiosThenLogScaleWithOneInTheMiddle() {
		ForestPlot plot = ForestPlot
			.of(List.of(result("Half", new Effect(EffectMeasure.ODDS_RATIO, 0.5, null, null, null, null)),
					result("Double", new Effect(EffectMeasure.ODDS_RATIO, 2.0, null, null, null, null))));
		ForestPlot.Panel panel = plot.panels().get(0);
		assertThat(panel.title()).isEqualTo("Odds ratio (log scale)");
		assertThat(panel.middle()).isEqualTo("1");
		double half = panel.points().get(0).at();
		double twice = panel.points().get(1).at();
		assertThat(50 - half).isEqualTo(twice - 50);
		assertThat(twice).isEqualTo(100 - ForestPlot.MARGIN);
	}

	@Test
	void ofWhenNoResultGivesANumberThenEmpty() {
		assertThat(ForestPlot.of(List.of(result("Words", null))).isEmpty()).isTrue();
	}

	private static StudyResult result(String label, Effect effect) {
		Citation citation = new Citation(label.toLowerCase().replaceAll("[^a-z0-9]+", "-"), "article-journal", label,
				List.of()) {
			@Override
			public String getLabel() {
				return label;
			}
		};
		return new StudyResult(0, citation, Outcome.TIME_TO_FALL_ASLEEP, ResultDirection.BETTER, "finding", effect);
	}

}
