package com.mgsleep.kb.web.fragment;

import com.mgsleep.kb.vocabulary.VerificationStatus;

/**
 * A verification status badge.
 *
 * @param label the badge text
 * @param description what the status means, for the tooltip
 * @param cssClass the badge's class
 */
public record StatusView(String label, String description, String cssClass) {

	public static StatusView of(VerificationStatus status) {
		return new StatusView(status.getLabel(), status.getDescription(), "status-" + status.getSlug());
	}

}
