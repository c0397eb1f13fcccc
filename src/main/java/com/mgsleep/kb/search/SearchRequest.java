package com.mgsleep.kb.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.SlugEnum;
import com.mgsleep.kb.vocabulary.Verdict;

/**
 * What a reader asked for, checked: the text, one value per facet, and the page.
 *
 * @param text the query text without control characters, at most
 * {@link #MAX_QUERY_LENGTH} characters; may be empty
 * @param filters one value per filtered facet
 * @param page 1-based result page
 */
public record SearchRequest(String text, Map<Facet, String> filters, int page) {

	/** The longest query text accepted, in characters. */
	public static final int MAX_QUERY_LENGTH = 500;

	/** Results per page. */
	public static final int PAGE_SIZE = 20;

	/** Readers never page further than this; a deeper page is almost always a crawler. */
	public static final int MAX_PAGE = 50;

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]+");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public SearchRequest {
		Map<Facet, String> copy = new EnumMap<>(Facet.class);
		copy.putAll(filters);
		filters = Collections.unmodifiableMap(copy);
	}

	/**
	 * Checks raw request parameters.
	 * @param q the query text, may be {@code null}
	 * @param filters raw filter values by facet; blank ones are ignored
	 * @param page the page, {@code null} for the first
	 * @return the request
	 * @throws InvalidSearchException when the text is too long, a filter value is not
	 * well-formed or not one of a closed list, or the page is out of range
	 */
	public static SearchRequest of(String q, Map<Facet, String> filters, Integer page) {
		String text = CONTROL.matcher((q != null) ? q : "").replaceAll(" ").strip();
		if (text.length() > MAX_QUERY_LENGTH) {
			throw new InvalidSearchException("Your search is " + text.length() + " characters long; the limit is "
					+ MAX_QUERY_LENGTH + ". Shorten it to the words that matter.");
		}
		Map<Facet, String> checked = new EnumMap<>(Facet.class);
		filters.forEach((facet, raw) -> {
			String value = (raw != null) ? raw.strip().toLowerCase(Locale.ROOT) : "";
			if (!value.isEmpty()) {
				checked.put(facet, checkValue(facet, value));
			}
		});
		int number = (page != null) ? page : 1;
		if (number < 1 || number > MAX_PAGE) {
			throw new InvalidSearchException("Pages go from 1 to " + MAX_PAGE + "; narrow the search to see more.");
		}
		return new SearchRequest(text, checked, number);
	}

	private static String checkValue(Facet facet, String value) {
		if (value.length() > 100 || !SLUG.matcher(value).matches()) {
			throw new InvalidSearchException("The " + facet.getLabel().toLowerCase(Locale.ROOT)
					+ " filter takes a slug such as `sleep-quality`: lowercase letters, digits and hyphens.");
		}
		Class<? extends SlugEnum> closed = switch (facet) {
			case TYPE -> ResultType.class;
			case VERDICT -> Verdict.class;
			case CERTAINTY -> Certainty.class;
			default -> null;
		};
		if (closed != null && !SlugEnum.slugs(closed).contains(value)) {
			throw new InvalidSearchException("There is no " + facet.getLabel().toLowerCase(Locale.ROOT) + " `" + value
					+ "`; choose one of " + String.join(", ", SlugEnum.slugs(closed)) + ".");
		}
		return value;
	}

	/** Whether the reader asked for anything at all. */
	public boolean isEmpty() {
		return this.text.isEmpty() && this.filters.isEmpty();
	}

	public String filter(Facet facet) {
		return this.filters.get(facet);
	}

}
