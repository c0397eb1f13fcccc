package com.mgsleep.kb.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /robots.txt}: every page may be crawled, and the sitemap says where they are;
 * {@code /favicon.ico}: the one icon the site has.
 */
@RestController
@EnableConfigurationProperties(SiteAddress.class)
class RobotsController {

	private final SiteAddress site;

	RobotsController(SiteAddress site) {
		this.site = site;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String showRobots() {
		return "User-agent: *\nAllow: /\nSitemap: " + this.site.absolute("/sitemap.xml") + "\n";
	}

	/** Browsers and crawlers ask for this path whatever the page links. */
	@GetMapping("/favicon.ico")
	ResponseEntity<Void> showFavicon() {
		return ResponseEntity.status(301).header("Location", "/favicon.svg").build();
	}

}
