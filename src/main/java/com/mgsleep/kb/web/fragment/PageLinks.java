package com.mgsleep.kb.web.fragment;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The links between the pages of a long list.
 *
 * @param page the page shown, from 1
 * @param pageCount how many pages there are
 * @param previousUrl the page before, or {@code null} on the first
 * @param nextUrl the page after, or {@code null} on the last
 * @param pages a link to every page, the one shown included
 */
public record PageLinks(int page, int pageCount, String previousUrl, String nextUrl, List<Numbered> pages) {

	/**
	 * The links for one page of a list.
	 * @param page the page shown, from 1 to {@code pageCount}
	 * @param pageCount how many pages there are, at least 1
	 * @param urlOfPage the address of a page by its number
	 * @return the links
	 */
	public static PageLinks of(int page, int pageCount, IntFunction<String> urlOfPage) {
		return new PageLinks(page, pageCount, (page > 1) ? urlOfPage.apply(page - 1) : null,
				(page < pageCount) ? urlOfPage.apply(page + 1) : null,
				IntStream.rangeClosed(1, pageCount)
					.mapToObj((number) -> new Numbered(number, urlOfPage.apply(number), number == page))
					.toList());
	}

	/** Whether there is more than one page, so that the links are worth showing. */
	public boolean isPaged() {
		return this.pageCount > 1;
	}

	public String getText() {
		return "Page " + this.page + " of " + this.pageCount;
	}

	/**
	 * A link to one page.
	 *
	 * @param number its number
	 * @param url its address
	 * @param current whether it is the page shown
	 */
	public record Numbered(int number, String url, boolean current) {
	}

}
