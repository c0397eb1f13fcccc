package com.mgsleep.kb.web.fragment;

import com.mgsleep.kb.bottomline.BottomLine;
import com.mgsleep.kb.bottomline.BottomLineRepository;

import org.springframework.ui.Model;

/**
 * The answer box that opens a page.
 *
 * @param heading the question it answers, or {@code null} to use the page's own title
 * @param html its text, rendered and sanitized at import
 */
public record BottomLineView(String heading, String html) {

	public static BottomLineView of(BottomLine bottomLine) {
		return new BottomLineView(bottomLine.getHeading(), bottomLine.getHtml());
	}

	/** Adds the page's bottom line, if it has one, as {@code bottomLine}. */
	public static void addTo(Model model, BottomLineRepository bottomLines, String page) {
		bottomLines.findById(page).map(BottomLineView::of).ifPresent((view) -> model.addAttribute("bottomLine", view));
	}

}
