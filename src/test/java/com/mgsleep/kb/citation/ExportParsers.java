package com.mgsleep.kb.citation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the exports back as reference managers do: BibTeX with jbibtex, CSL-JSON with
 * citeproc-java's own JSON reader.
 */
public final class ExportParsers {

	private ExportParsers() {
	}

	/** The one entry of a BibTeX file, failing on anything the parser had to skip. */
	public static BibTeXEntry bibtexEntry(String bibtex) {
		try {
			BibTeXParser parser = new BibTeXParser();
			BibTeXDatabase database = parser.parse(new StringReader(bibtex));
			assertThat(parser.getExceptions()).as("BibTeX parse errors in %s", bibtex).isEmpty();
			assertThat(database.getEntries()).as("entries in %s", bibtex).hasSize(1);
			return database.getEntries().values().iterator().next();
		}
		catch (ParseException ex) {
			throw new AssertionError("Not BibTeX: " + bibtex, ex);
		}
	}

	/**
	 * A field's text as a reader sees it, with LaTeX escapes and case braces undone. The
	 * printer turns a straight apostrophe into the right quote LaTeX typesets for it; it
	 * is turned back, so that the text compares with what was written.
	 */
	public static String plain(BibTeXEntry entry, Key key) {
		Value value = entry.getField(key);
		if (value == null) {
			return null;
		}
		try {
			return new LaTeXPrinter().print(new LaTeXParser().parse(value.toUserString())).replace('\u2019', '\'');
		}
		catch (ParseException ex) {
			throw new AssertionError("Not LaTeX: " + value.toUserString(), ex);
		}
	}

	/** A field as written, with its braces and escapes. */
	public static String raw(BibTeXEntry entry, Key key) {
		Value value = entry.getField(key);
		return (value != null) ? value.toUserString() : null;
	}

	/** The items of a CSL-JSON array, as JSON maps. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> cslJsonArray(String json) {
		try {
			return (List<Map<String, Object>>) (List<?>) new JsonParser(new JsonLexer(new StringReader(json)))
				.parseArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Not JSON: " + json, ex);
		}
	}

	/** One CSL-JSON object as citeproc-java's item. */
	public static CSLItemData cslItem(Map<String, Object> json) {
		return CSLItemData.fromJson(json);
	}

}
