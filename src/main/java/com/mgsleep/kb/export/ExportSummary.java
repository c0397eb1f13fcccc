package com.mgsleep.kb.export;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param folder the folder
 * @param pages HTML pages written as the application serves them
 * @param files every file written, pages included, Pagefind's index not
 * @param addressesWithQuery links with a query string, which a static server answers with
 * the page at their path
 * @param searchIndexed whether Pagefind indexed the pages, so the search page works
 */
public record ExportSummary(Path folder, int pages, int files, int addressesWithQuery, boolean searchIndexed) {

	/** One line for the log. */
	public String describe() {
		return "Exported the site to " + this.folder + ": " + this.pages + " pages, " + this.files + " files, "
				+ (this.searchIndexed ? "search indexed by Pagefind" : "without a search index") + "; "
				+ this.addressesWithQuery + " links with a query string (filters and later pages of lists) are"
				+ " answered by the page at their path";
	}

}
