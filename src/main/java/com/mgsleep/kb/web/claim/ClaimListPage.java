package com.mgsleep.kb.web.claim;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.web.fragment.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of the claim list: a few dozen cards keep the page light, and every page's
 * address carries the filters, so a filtered page can be shared and reloaded.
 *
 * @param claims the claims on this page
 * @param links the links to the other pages
 * @param from the number of the first claim shown, from 1
 * @param to the number of the last
 * @param total how many claims match
 */
record ClaimListPage(List<Claim> claims, PageLinks links, int from, int to, int total) {

	static final int SIZE = 30;

	/**
	 * A page of the matching claims, read from the database: the page's ids, counted and
	 * sorted there, then the page's claims as their cards show them.
	 * @param claims the repository
	 * @param page the page asked for, from 1
	 * @param filter the filters, also carried into the links
	 * @return the page
	 * @throws ResponseStatusException 404 for a page past the last, 400 for one below 1
	 */
	static ClaimListPage of(ClaimRepository claims, int page, ClaimFilter filter) {
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Pages are numbered from 1");
		}
		Page<String> ids = filter.page(claims, page - 1, SIZE);
		int total = Math.toIntExact(ids.getTotalElements());
		int pageCount = Math.max(1, (total + SIZE - 1) / SIZE);
		if (page > pageCount) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No page " + page + " of claims");
		}
		Map<String, Claim> cards = claims.findCards(ids.getContent())
			.stream()
			.collect(Collectors.toMap(Claim::getId, Function.identity()));
		int from = (page - 1) * SIZE;
		return new ClaimListPage(ids.getContent().stream().map(cards::get).toList(),
				PageLinks.of(page, pageCount, (n) -> url(filter, n)), from + 1, from + ids.getNumberOfElements(),
				total);
	}

	/**
	 * The address of a page with the filters, leaving out what is already the default.
	 */
	static String url(ClaimFilter filter, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/claims");
		param(url, "topic", filter.topic());
		param(url, "form", filter.form());
		param(url, "verdict", filter.verdict());
		param(url, "certainty", filter.certainty());
		param(url, "source", filter.source());
		if (!filter.sort().equals("verdict")) {
			url.queryParam("sort", filter.sort());
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder url, String name, String value) {
		if (!value.isEmpty()) {
			url.queryParam(name, value);
		}
	}

	/** ", showing 31-60" when the list runs over more than one page. */
	String rangeText() {
		return this.links.isPaged() ? ", showing " + this.from + "-" + this.to : "";
	}

}
