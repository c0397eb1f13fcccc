package com.mgsleep.kb.web.source;

import java.util.List;

import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.source.Scorecard;
import com.mgsleep.kb.web.fragment.CountView;
import com.mgsleep.kb.web.fragment.VerdictView;

/**
 * A source and how its claims fare.
 *
 * @param url the source's page
 * @param title its title
 * @param publisher its publisher, or its site
 * @param year its year, or {@code null}
 * @param sellsSupplements whether the publisher sells supplements
 * @param total how many claims it makes
 * @param unbacked how many of them are unsupported or contradicted
 * @param verdicts the number of its claims per verdict, every verdict
 */
record SourceSummary(String url, String title, String publisher, Integer year, boolean sellsSupplements, long total,
		long unbacked, List<CountView<VerdictView>> verdicts) {

	static SourceSummary of(Citation source, Scorecard scorecard) {
		return new SourceSummary(Citation.sourceUrlOf(source.getKey()), source.getTitle(),
				source.getPublication().publisherOrContainer(), source.getPublication().year(),
				Boolean.TRUE.equals(source.getSellsSupplements()), scorecard.total(), scorecard.unbacked(),
				scorecard.verdicts()
					.entrySet()
					.stream()
					.map((entry) -> new CountView<>(VerdictView.of(entry.getKey()), entry.getValue()))
					.toList());
	}

	public String getClaimsText() {
		return this.total + ((this.total == 1) ? " claim, " : " claims, ") + this.unbacked
				+ " unsupported or contradicted";
	}

}
