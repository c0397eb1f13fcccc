package com.mgsleep.kb.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.article.ArticleRepository;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.claim.ClaimRepository;
import com.mgsleep.kb.history.HistoryEntry;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.springframework.data.domain.Limit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /feed.atom}: what changed, newest first, as an Atom feed (RFC 4287): articles
 * and claims, each dated by its latest recorded change or review. Nothing in it depends
 * on the time of the request, so every instance answers the same bytes.
 */
@RestController
@EnableConfigurationProperties(SiteAddress.class)
class FeedController {

	/** A reader's feed shows the recent past; the site itself has the rest. */
	static final int MAX_ENTRIES = 50;

	static final String ATOM = "application/atom+xml;charset=UTF-8";

	private final ArticleRepository articles;

	private final ClaimRepository claims;

	private final SiteAddress site;

	FeedController(ArticleRepository articles, ClaimRepository claims, SiteAddress site) {
		this.articles = articles;
		this.claims = claims;
		this.site = site;
	}

	@GetMapping(path = "/feed.atom", produces = ATOM)
	String showFeed() throws FeedException {
		List<SyndEntry> entries = Stream
			.concat(this.articles.findAllWithHistory().stream().map(this::entry),
					this.claims.findWithHistory(this.claims.findLatestChangedIds(Limit.of(MAX_ENTRIES)))
						.stream()
						.map(this::entry))
			.sorted(Comparator.comparing(SyndEntry::getUpdatedDate).reversed().thenComparing(SyndEntry::getUri))
			.limit(MAX_ENTRIES)
			.toList();
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setUri(this.site.absolute("/feed.atom"));
		feed.setTitle(PageMetadata.SITE_NAME + ": what changed");
		feed.setDescription("New and changed articles and claims, newest first");
		feed.setAuthor(PageMetadata.SITE_NAME);
		feed.setLinks(List.of(link("self", "/feed.atom", ATOM), link("alternate", "/", "text/html")));
		// Rome writes a feed's published date as Atom's <updated>
		feed.setPublishedDate(entries.isEmpty() ? day(LocalDate.EPOCH) : entries.get(0).getUpdatedDate());
		feed.setEntries(entries);
		return new SyndFeedOutput().outputString(feed);
	}

	private SyndEntry entry(Article article) {
		List<HistoryEntry> history = article.getHistory();
		String latest = history.isEmpty() ? "Reviewed." : history.get(0).note();
		return entry("Article: " + article.getTitle(), article.getUrl(), newest(article.getLastReviewed(), history),
				article.getSummary() + " Latest change: " + latest);
	}

	private SyndEntry entry(Claim claim) {
		List<HistoryEntry> history = claim.getHistory();
		String summary = "Our verdict: " + claim.getVerdict().getLabel() + ", " + claim.getVerdictRationale() + "."
				+ (history.isEmpty() ? "" : " Latest change: " + history.get(0).note());
		return entry("Claim: " + claim.getStatement(), claim.getUrl(), newest(claim.getLastReviewed(), history),
				summary);
	}

	private SyndEntry entry(String title, String path, LocalDate updated, String summary) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setUri(this.site.absolute(path));
		entry.setTitle(title);
		entry.setLink(this.site.absolute(path));
		entry.setUpdatedDate(day(updated));
		entry.setAuthor(PageMetadata.SITE_NAME);
		SyndContent text = new SyndContentImpl();
		text.setType("text");
		text.setValue(summary);
		entry.setDescription(text);
		return entry;
	}

	/** The day something was last reviewed or changed, whichever is later. */
	private static LocalDate newest(LocalDate reviewed, List<HistoryEntry> history) {
		List<LocalDate> days = new ArrayList<>(history.stream().map(HistoryEntry::date).toList());
		if (reviewed != null) {
			days.add(reviewed);
		}
		return days.stream().max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
	}

	private static Date day(LocalDate date) {
		return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private SyndLink link(String rel, String path, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(this.site.absolute(path));
		link.setType(type);
		return link;
	}

}
