package com.mgsleep.kb.citation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.KeyValue;
import org.jbibtex.StringValue;

/**
 * A reference as a BibTeX entry that both BibTeX and biblatex read as meant: the entry
 * type that fits the work, web pages by {@code howpublished}, {@code url} and
 * {@code urldate} rather than as a journal, months as the standard macros, LaTeX's
 * special characters escaped and words whose capitals matter braced, so that styles which
 * lower the case of titles keep "GABA" and "Magnesium Research".
 */
final class BibtexEntry {

	private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
			"oct", "nov", "dec");

	/** A run of letters and digits: the unit whose case a style may change. */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern UPPER = Pattern.compile("\\p{Lu}");

	/** What may not stand unescaped in a URL field: it would unbalance the entry. */
	private static final Pattern URL_UNSAFE = Pattern.compile("[{}\\\\\\s]");

	private BibtexEntry() {
	}

	static String of(Citation citation) {
		Publication publication = citation.getPublication();
		Identifiers ids = citation.getIdentifiers();
		Key type = type(citation.getType());
		BibTeXEntry entry = new BibTeXEntry(type, new Key(citation.getKey()));
		text(entry, BibTeXEntry.KEY_TITLE, protectCase(escape(citation.getTitle())));
		text(entry, BibTeXEntry.KEY_AUTHOR,
				String.join(" and ", citation.getAuthors().stream().map(BibtexEntry::name).toList()));
		text(entry, containerKey(type), escape(publication.container()));
		if (publication.year() != null) {
			text(entry, BibTeXEntry.KEY_YEAR, publication.year().toString());
			if (publication.month() != null && publication.month() >= 1 && publication.month() <= 12) {
				entry.addField(BibTeXEntry.KEY_MONTH, new KeyValue(MONTHS.get(publication.month() - 1)));
				if (publication.day() != null) {
					// biblatex keeps the day, which year and month cannot carry
					text(entry, new Key("date"), String.format("%04d-%02d-%02d", publication.year(),
							publication.month(), publication.day()));
				}
			}
		}
		text(entry, BibTeXEntry.KEY_VOLUME, escape(publication.volume()));
		text(entry, BibTeXEntry.KEY_NUMBER, escape(publication.issue()));
		text(entry, BibTeXEntry.KEY_PAGES,
				(publication.page() != null) ? escape(publication.page()).replace("-", "--") : null);
		text(entry, type.equals(BibTeXEntry.TYPE_TECHREPORT) ? BibTeXEntry.KEY_INSTITUTION : BibTeXEntry.KEY_PUBLISHER,
				escape(publication.publisher()));
		text(entry, BibTeXEntry.KEY_ADDRESS, escape(publication.publisherPlace()));
		text(entry, BibTeXEntry.KEY_DOI, ids.doi());
		text(entry, new Key("pmid"), ids.pmid());
		text(entry, new Key("pmcid"), ids.pmcid());
		text(entry, BibTeXEntry.KEY_URL, (ids.url() != null) ? urlSafe(ids.url()) : null);
		if (ids.url() != null && publication.accessed() != null) {
			text(entry, new Key("urldate"), publication.accessed().toString());
		}
		return format(entry);
	}

	/**
	 * CSL types as BibTeX types. A web page is {@code @misc}, which classic BibTeX styles
	 * and biblatex both print with its URL; biblatex's {@code @online} would leave BibTeX
	 * users with a warning.
	 */
	private static Key type(String type) {
		return switch (String.valueOf(type)) {
			case "article-journal" -> BibTeXEntry.TYPE_ARTICLE;
			case "book" -> BibTeXEntry.TYPE_BOOK;
			case "report" -> BibTeXEntry.TYPE_TECHREPORT;
			case "chapter" -> BibTeXEntry.TYPE_INCOLLECTION;
			default -> BibTeXEntry.TYPE_MISC;
		};
	}

	/** A journal names its issue; a chapter its book; a web page its site. */
	private static Key containerKey(Key type) {
		if (type.equals(BibTeXEntry.TYPE_ARTICLE)) {
			return BibTeXEntry.KEY_JOURNAL;
		}
		if (type.equals(BibTeXEntry.TYPE_INCOLLECTION)) {
			return BibTeXEntry.KEY_BOOKTITLE;
		}
		if (type.equals(BibTeXEntry.TYPE_MISC)) {
			return BibTeXEntry.KEY_HOWPUBLISHED;
		}
		// a book or report is not part of anything; a series would go here
		return new Key("series");
	}

	/** "Family, Given", or an organisation braced so that it is not split into names. */
	private static String name(Author author) {
		if (author.literal() != null) {
			return "{" + escape(author.literal()) + "}";
		}
		return escape(author.family()) + ((author.given() != null) ? ", " + escape(author.given()) : "");
	}

	/**
	 * Escapes the characters LaTeX reads as commands. Text stays UTF-8, which biber and
	 * modern BibTeX read.
	 */
	static String escape(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> escaped.append("\\textbackslash{}");
				case '~' -> escaped.append("\\textasciitilde{}");
				case '^' -> escaped.append("\\textasciicircum{}");
				case '{', '}', '&', '%', '$', '#', '_' -> escaped.append('\\').append(c);
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/**
	 * Braces every word whose capitals a style must keep: any capitalised word but the
	 * first (which styles keep anyway), and the first when it has capitals after its
	 * first letter ("GABA", "pH"). Words inside LaTeX commands are all lower case and so
	 * left alone.
	 */
	static String protectCase(String title) {
		if (title == null) {
			return null;
		}
		Matcher word = WORD.matcher(title);
		StringBuilder protectedTitle = new StringBuilder();
		boolean first = true;
		while (word.find()) {
			String text = word.group();
			boolean matters = first ? UPPER.matcher(text.substring(1)).find() : UPPER.matcher(text).find();
			boolean command = word.start() > 0 && title.charAt(word.start() - 1) == '\\';
			word.appendReplacement(protectedTitle,
					Matcher.quoteReplacement((matters && !command) ? "{" + text + "}" : text));
			first = false;
		}
		word.appendTail(protectedTitle);
		return protectedTitle.toString();
	}

	private static String urlSafe(String url) {
		Matcher unsafe = URL_UNSAFE.matcher(url);
		StringBuilder safe = new StringBuilder();
		while (unsafe.find()) {
			unsafe.appendReplacement(safe, String.format("%%%02X", (int) unsafe.group().charAt(0)));
		}
		unsafe.appendTail(safe);
		return safe.toString();
	}

	private static void text(BibTeXEntry entry, Key key, String value) {
		if (value != null && !value.isBlank()) {
			entry.addField(key, new StringValue(value, StringValue.Style.BRACED));
		}
	}

	private static String format(BibTeXEntry entry) {
		BibTeXDatabase database = new BibTeXDatabase();
		database.addObject(entry);
		StringWriter writer = new StringWriter();
		try {
			new BibTeXFormatter().format(database, writer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return writer.toString().strip() + "\n";
	}

}
