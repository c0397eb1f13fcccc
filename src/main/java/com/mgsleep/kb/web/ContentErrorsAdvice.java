package com.mgsleep.kb.web;

import java.util.List;

import com.mgsleep.kb.model.LiveReload;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * While an editor runs with live reload and the content folder has errors, every page
 * lists them above its content; the site meanwhile serves the last valid version.
 */
@ControllerAdvice
class ContentErrorsAdvice {

	private final ObjectProvider<LiveReload> liveReload;

	ContentErrorsAdvice(ObjectProvider<LiveReload> liveReload) {
		this.liveReload = liveReload;
	}

	@ModelAttribute("contentErrors")
	List<String> contentErrors() {
		LiveReload live = this.liveReload.getIfAvailable();
		return (live != null) ? live.errors() : List.of();
	}

}
