package com.mgsleep.kb.citation;

import java.util.List;

import com.mgsleep.kb.SampleKnowledgeBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * References formatted by citeproc-java and exported for reference managers.
 */
class CitationFormatterTests {

	private final SampleKnowledgeBase kb = new SampleKnowledgeBase();

	@Test
	void formatAllThenVancouverApaBibtexAndCslJson() {
		new CitationFormatter().formatAll(List.of(this.kb.trial, this.kb.blog));
		Citation trial = this.kb.trial;
		assertThat(trial.getFormatted().vancouverHtml()).isEqualTo(
				"Abbasi B, Kimiagar M. The effect of magnesium on insomnia. J Res Med Sci. 2012 Dec;17(12):1161–9.");
		assertThat(trial.getFormatted().apaHtml())
			.isEqualTo("Abbasi, B., &amp; Kimiagar, M. (2012). The effect of magnesium on"
					+ " insomnia. <i>J Res Med Sci</i>, <i>17</i>(12), 1161–1169.");
		assertThat(trial.getFormatted().bibtex()).startsWith("@article{abbasi-2012,")
			.contains("author = {Abbasi, Behnood and Kimiagar, Masud}")
			.contains("pages = {1161--1169}")
			.contains("pmid = {23853635}");
		assertThat(trial.getFormatted().cslJson()).contains("\"id\":\"abbasi-2012\"")
			.contains("\"PMCID\":\"PMC3703169\"")
			.contains("\"issued\":{\"date-parts\":[[2012,12]]}");
		assertThat(this.kb.blog.getFormatted().vancouverHtml()).contains("Magnesium &lt;b&gt;for&lt;/b&gt; sleep")
			.doesNotContain("<b>");
	}

}
