package com.mgsleep.kb.export;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the whole site into a folder from the running application, so that the
 * controllers and templates stay the only renderers: {@link SiteCrawl} writes every
 * address the site links, then Pagefind indexes the pages, then the static search page
 * and the page-not-found page are added.
 */
public final class StaticExport {

	/** Enough to start on; the message stays one line. */
	private static final int SHOWN_BROKEN = 5;

	private final SiteReader site;

	private final PagefindIndex pagefind;

	/**
	 * @param application the running application's address, such as
	 * {@code http://127.0.0.1:8080}
	 * @param pagefind the Pagefind executable, or {@code null} to export without search
	 */
	public StaticExport(URI application, Path pagefind) {
		this.site = new SiteReader(application);
		this.pagefind = new PagefindIndex(pagefind);
	}

	/**
	 * Exports the site.
	 * @param folder a new or empty folder, or one an earlier export wrote
	 * @return what was written
	 * @throws ExportException when the copy would be incomplete or broken
	 */
	public ExportSummary export(Path folder) {
		ExportFolder out = ExportFolder.prepare(folder);
		SiteCrawl crawl = new SiteCrawl(this.site, out);
		crawl.run();
		List<String> broken = crawl.broken();
		if (!broken.isEmpty()) {
			throw new ExportException(broken.size() + " linked addresses do not answer 200, so the copy in "
					+ out.root() + " is incomplete: "
					+ String.join(", ", broken.subList(0, Math.min(SHOWN_BROKEN, broken.size())))
					+ ((broken.size() > SHOWN_BROKEN) ? ", ..." : ""));
		}
		// indexed before the search and 404 pages exist, so that neither is a search
		// result
		boolean indexed = this.pagefind.index(out.root());
		out.write(ExportLayout.fileFor(SiteCrawl.SEARCH, crawl.searchPage()),
				StaticSearchPage.of(crawl.searchPage().text(), indexed));
		if (indexed) {
			StaticSearchPage.ASSETS.keySet().forEach((file) -> out.write(file, StaticSearchPage.asset(file)));
		}
		out.write("404.html", notFoundPage().body());
		return new ExportSummary(out.root(), crawl.pages(), out.files(), crawl.addressesWithQuery(), indexed);
	}

	/** The application's answer for an address that does not exist. */
	private Fetched notFoundPage() {
		Fetched page = this.site.get("/404.html");
		if (page.status() != 404 || !page.isHtml()) {
			throw new ExportException("/404.html answered " + page.status() + " " + page.contentType()
					+ " instead of the page-not-found page");
		}
		return page;
	}

}
