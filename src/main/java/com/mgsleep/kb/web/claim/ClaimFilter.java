package com.mgsleep.kb.web.claim;

import java.util.List;
import java.util.Locale;

import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimOrder;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.SlugEnum;
import com.mgsleep.kb.vocabulary.Verdict;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The filters and sort order a reader picks on a claim list; every value comes from the
 * query string, so an unknown verdict or sort answers 400 rather than guessing.
 *
 * @param topic a topic slug, or empty
 * @param form a form slug, or empty
 * @param verdict a verdict slug, or empty
 * @param source the key of a source that asserts the claim, or empty
 * @param certainty a certainty slug ({@code high} to {@code none}), or empty
 * @param sort {@code verdict} (strongest first), {@code citations} (most cited first) or
 * {@code statement}
 */
public record ClaimFilter(String topic, String form, String verdict, String source, String certainty, String sort) {

	public ClaimFilter {
		topic = clean(topic);
		form = clean(form);
		verdict = clean(verdict);
		source = clean(source);
		certainty = clean(certainty);
		sort = clean(sort).isEmpty() ? "verdict" : clean(sort);
		if (!verdict.isEmpty() && !SlugEnum.slugs(Verdict.class).contains(verdict)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown verdict");
		}
		if (!certainty.isEmpty() && !SlugEnum.slugs(Certainty.class).contains(certainty)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown certainty level");
		}
		if (ClaimOrder.ofSlug(sort) == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown sort order");
		}
	}

	private static String clean(String value) {
		return (value != null) ? value.strip().toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * The matching claims in the chosen order, each loaded as a claim card shows it.
	 * @param claims the repository
	 * @param topic the topic to keep to, overriding the filter's, or {@code null}
	 * @return the claims
	 */
	public List<Claim> apply(ClaimRepository claims, String topic) {
		String onTopic = (topic != null) ? topic : orNull(this.topic);
		return claims.findMatching(onTopic, orNull(this.form), verdictOrNull(), certaintyOrNull(), orNull(this.source))
			.stream()
			.sorted(order().comparator())
			.toList();
	}

	/**
	 * One page of the ids of the matching claims in the chosen order, sorted, paged and
	 * counted by the database.
	 * @param claims the repository
	 * @param page the page, from 0
	 * @param size the claims per page
	 * @return the page of ids and how many claims match
	 */
	Page<String> page(ClaimRepository claims, int page, int size) {
		return claims.findMatchingIds(orNull(this.topic), orNull(this.form), verdictOrNull(), certaintyOrNull(),
				orNull(this.source), PageRequest.of(page, size, order().sort()));
	}

	private Verdict verdictOrNull() {
		return this.verdict.isEmpty() ? null : SlugEnum.fromSlug(Verdict.class, this.verdict);
	}

	private Certainty certaintyOrNull() {
		return this.certainty.isEmpty() ? null : SlugEnum.fromSlug(Certainty.class, this.certainty);
	}

	private static String orNull(String value) {
		return value.isEmpty() ? null : value;
	}

	ClaimOrder order() {
		return ClaimOrder.ofSlug(this.sort);
	}

	public boolean isActive() {
		return !(this.topic.isEmpty() && this.form.isEmpty() && this.verdict.isEmpty() && this.source.isEmpty()
				&& this.certainty.isEmpty());
	}

}
