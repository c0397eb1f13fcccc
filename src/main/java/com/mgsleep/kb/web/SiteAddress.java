package com.mgsleep.kb.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the site is published, for every absolute URL it writes (the sitemap, canonical
 * links, OpenGraph tags, robots.txt). Never taken from the request's {@code Host} header,
 * which any client can set, so a shared cache cannot be poisoned with another address.
 *
 * @param url the site's address (property {@code site.url}, environment variable
 * {@code SITE_URL}); default {@code http://localhost:8080} for local runs
 */
@ConfigurationProperties("site")
public record SiteAddress(@DefaultValue("http://localhost:8080") URI url) {

	/** The absolute URL of a site path such as {@code /claims/x}. */
	public String absolute(String path) {
		String base = this.url.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
