package com.mgsleep.kb.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's head says about it besides its title: the canonical address on the
 * published site, and a description for search results and link previews. A page with a
 * description of its own sets {@code description} in its model.
 */
@ControllerAdvice
@EnableConfigurationProperties(SiteAddress.class)
class PageMetadata {

	static final String SITE_NAME = "Magnesium & Sleep Evidence";

	static final String DESCRIPTION = "What the research says about magnesium and sleep: every claim popular articles"
			+ " make, checked against the studies, with how sure we can be of each.";

	private final SiteAddress site;

	PageMetadata(SiteAddress site) {
		this.site = site;
	}

	@ModelAttribute("page")
	Meta page(HttpServletRequest request) {
		return new Meta(this.site.absolute(request.getRequestURI()), SITE_NAME, DESCRIPTION);
	}

	/**
	 * The head's metadata.
	 *
	 * @param canonical the page's address on the published site, without query
	 * @param siteName the site's name
	 * @param description the site's description, for pages without one of their own
	 */
	record Meta(String canonical, String siteName, String description) {
	}

}
