package com.mgsleep.kb.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where each address goes in the folder, so that a static server finds it under the
 * address the pages link. Pages and API documents have addresses without an extension
 * ({@code /claims/x}, {@code /api/claims}), and {@code /api/claims} has items below it,
 * so neither can be a file of that name: each becomes the index of a folder,
 * {@code claims/x/index.html} and {@code api/claims/index.json}. Every static server
 * answers {@code /claims/x} with its folder's {@code index.html} (nginx, S3 and most CDNs
 * after a redirect to {@code /claims/x/}); {@code index.json} needs one line of server
 * configuration, which {@code docs/operations.md} gives. Files with an extension
 * (stylesheets, scripts, the sitemap, {@code .bib} and {@code .json} downloads) keep
 * their names.
 */
final class ExportLayout {

	static final String PAGE_INDEX = "index.html";

	static final String DOCUMENT_INDEX = "index.json";

	private ExportLayout() {
	}

	/**
	 * The file, relative to the export folder, for an address.
	 * @param path the decoded path, such as {@code /claims/x}
	 * @param answer the application's answer, whose content type decides the name
	 * @return such as {@code claims/x/index.html}
	 * @throws ExportException when the path could leave the folder or a static server
	 * could not serve it by its name
	 */
	static String fileFor(String path, Fetched answer) {
		if (!path.startsWith("/") || path.contains("\\") || path.contains("//") || ("/" + path + "/").contains("/../")
				|| ("/" + path + "/").contains("/./")) {
			throw new ExportException("cannot export " + path + ": not a plain site path");
		}
		String name = path.substring(1);
		String folder = (name.isEmpty() || name.endsWith("/")) ? name : name + "/";
		if (answer.isHtml() && !name.endsWith(".html")) {
			return folder + PAGE_INDEX;
		}
		if (answer.isJson() && !name.endsWith(".json")) {
			return folder + DOCUMENT_INDEX;
		}
		if (name.isEmpty() || name.endsWith("/") || !lastSegment(name).contains(".")) {
			throw new ExportException("cannot export " + path + " (" + answer.contentType()
					+ "): a static server would not know its type without an extension");
		}
		return name;
	}

	/** The address a file of the folder answers, the reverse of {@link #fileFor}. */
	static String pathOf(String file) {
		if (file.equals(PAGE_INDEX) || file.equals(DOCUMENT_INDEX)) {
			return "/";
		}
		if (file.endsWith("/" + PAGE_INDEX) || file.endsWith("/" + DOCUMENT_INDEX)) {
			return "/" + file.substring(0, file.lastIndexOf('/'));
		}
		return "/" + file;
	}

	/** One path segment, percent-encoded as in a link. */
	static String encodeSegment(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String lastSegment(String name) {
		return name.substring(name.lastIndexOf('/') + 1);
	}

}
