package com.mgsleep.kb.web.outcome;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcome pages, the summary of findings and their JSON over the real content: every
 * table row, the plot and its text alternative, the sort, and the home page's bottom line
 * agreeing with the summary it links.
 */
@SiteOverRealContent
class OutcomePagesOnRealContentTests {

	@LocalServerPort
	int port;

	@Test
	void outcomePageWhenShownThenTrialsFirstWithPlotAndTextAlternative() {
		Document page = html("/outcomes/time-to-fall-asleep");
		assertThat(page.select("h1").text()).isEqualTo("Time to fall asleep");
		List<String> studies = page.select("table.evidence-table tbody th a").eachText();
		assertThat(studies).containsExactly("Abbasi et al. 2012", "Mah & Pitre 2021");
		assertThat(page.select("table.evidence-table tbody tr").get(1).text())
			.contains("MD \u221217.36 min (95% CI \u221227.27 to \u22127.44)");
		Element plot = page.selectFirst("figure.forest-plot");
		assertThat(plot).isNotNull();
		assertThat(plot.select("svg line.estimate")).hasSize(1);
		assertThat(plot.select("svg line.interval").attr("x1")).isEqualTo("6.0");
		assertThat(plot.selectFirst("figcaption").text()).contains("95% confidence intervals");
		assertThat(plot.select("p.visually-hidden").text())
			.isEqualTo("Plotted results. Mah & Pitre 2021: MD \u221217.36 min (95% CI \u221227.27 to \u22127.44).");
		assertThat(page.select(".finding-summary").text()).startsWith("Better with magnesium");
		assertThat(page.select(".certainty-steps li strong").eachText()).containsExactly("start High",
				"-1 indirectness", "-1 imprecision");
	}

	@Test
	void outcomePageWhenSortedByParticipantsThenLargestFirst() {
		Document page = html("/outcomes/sleep-quality?sort=participants");
		List<String> people = page.select("td[data-label=People]").eachText();
		assertThat(people.get(0)).isEqualTo("7,582");
		assertThat(page.select(".table-sort option[selected]").text()).isEqualTo("Most participants");
		Document byDesign = html("/outcomes/sleep-quality");
		assertThat(byDesign.select("td[data-label=Design]").eachText().get(0)).isEqualTo("Randomized controlled trial");
	}

	@Test
	void outcomePageWhenUnknownThenNotFound() {
		assertThat(new SiteClient(this.port).get("/outcomes/snoring").statusCode()).isEqualTo(404);
		assertThat(new SiteClient(this.port).get("/api/outcomes/snoring", "application/json").statusCode())
			.isEqualTo(404);
	}

	@Test
	void summaryOfFindingsWhenShownThenOneRowPerOutcomeWithCertaintyAndSteps() {
		Document page = html("/evidence");
		List<Element> rows = page.select("table.summary-table tbody tr");
		assertThat(rows).hasSize(10);
		Element onset = page.getElementById("time-to-fall-asleep");
		assertThat(onset.text()).contains("Better with magnesium", "Certainty: Low", "151 in trials");
		assertThat(onset.select(".certainty-steps li")).hasSize(3);
		Element longer = page.getElementById("total-sleep-time");
		assertThat(longer.text()).contains("No clear benefit shown", "Mah & Pitre 2021", "30,175 observed");
	}

	@Test
	void homeBottomLineWhenItNamesACertaintyForAnOutcomeThenTheSummaryGivesTheSame() {
		Map<String, String> summary = html("/evidence").select("table.summary-table tbody tr")
			.stream()
			.collect(Collectors.toMap(Element::id,
					(row) -> row.selectFirst(".certainty").text().replace("Certainty: ", "").toLowerCase(Locale.ROOT)));
		List<Element> links = html("/").select(".bottom-line a[href^=/evidence#]");
		assertThat(links).hasSizeGreaterThanOrEqualTo(3);
		for (Element link : links) {
			String outcome = link.attr("href").substring("/evidence#".length());
			assertThat(link.text()).as(outcome).isEqualTo(summary.get(outcome) + " certainty");
		}
		assertThat(html("/").select("a[href=/evidence]")).isNotEmpty();
	}

	@Test
	void topicPageWhenItsOutcomeHasResultsThenShowsTheTable() {
		Document page = html("/topics/restless-legs");
		assertThat(page.select("section.topic-outcome h2").eachText()).contains("Every study: restless legs symptoms");
		assertThat(page.select("section.topic-outcome table.evidence-table tbody tr")).hasSize(3);
	}

	@Test
	void apiWhenAskedThenSummaryAndRowsWithNumbers() {
		SiteClient site = new SiteClient(this.port);
		List<Map<String, Object>> outcomes = site.getList("/api/outcomes");
		assertThat(outcomes).hasSize(10);
		assertThat(outcomes.get(0)).containsEntry("slug", "time-to-fall-asleep");
		Map<String, Object> onset = site.getObject("/api/outcomes/time-to-fall-asleep");
		@SuppressWarnings("unchecked")
		Map<String, Object> summary = (Map<String, Object>) onset.get("summary");
		assertThat(summary).containsEntry("direction", "better")
			.containsEntry("certainty", "low")
			.containsEntry("leadStudy", "mah-pitre-2021")
			.containsEntry("participants", 151);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rows = (List<Map<String, Object>>) onset.get("rows");
		assertThat(rows).extracting((row) -> row.get("study")).containsExactly("abbasi-2012", "mah-pitre-2021");
		@SuppressWarnings("unchecked")
		Map<String, Object> effect = (Map<String, Object>) rows.get(1).get("effect");
		assertThat(effect).containsEntry("measure", "mean-difference")
			.containsEntry("estimate", -17.36)
			.containsEntry("low", -27.27)
			.containsEntry("high", -7.44);
	}

	@Test
	void newClaimWhenNoSourceMakesItThenMarkedAsOurReading() {
		assertThat(html("/claims/supplement-meta-analysis-could-not-pool-magnesium").select(".our-reading").text())
			.startsWith("Our reading of the literature");
		assertThat(html("/claims/threonate-tracked-sleep-unchanged").select(".our-reading")).hasSize(1);
		assertThat(html("/claims/magnesium-shortens-time-to-fall-asleep").select(".our-reading")).isEmpty();
	}

	private Document html(String path) {
		SiteClient site = new SiteClient(this.port);
		return Jsoup.parse(site.get(path).body(), site.baseUrl() + path);
	}

}
