package com.mgsleep.kb.web.fragment;

import com.mgsleep.kb.claim.ClaimFlag;

/**
 * A fit flag.
 *
 * @param label the short badge text
 * @param message the sentence for readers
 */
public record FlagView(String label, String message) {

	public static FlagView of(ClaimFlag flag) {
		return new FlagView(flag.kind().getLabel(), flag.message());
	}

}
