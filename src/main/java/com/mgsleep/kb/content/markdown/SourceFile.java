package com.mgsleep.kb.content.markdown;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A content file decoded as UTF-8 and split into front matter and body, keeping line
 * numbers.
 */
final class SourceFile {

	private static final String FENCE = "---";

	/** The largest file read; the largest article today is under 40 kB. */
	static final int MAX_FILE_BYTES = 1024 * 1024;

	private final String path;

	private final List<String> lines;

	private final int bodyStart;

	private final String frontMatter;

	private SourceFile(String path, List<String> lines, int bodyStart, String frontMatter) {
		this.path = path;
		this.lines = lines;
		this.bodyStart = bodyStart;
		this.frontMatter = frontMatter;
	}

	/**
	 * Decodes and splits a file.
	 * @param path the path relative to the content folder
	 * @param bytes the file's bytes
	 * @param problems where errors go
	 * @return the file, or {@code null} when it cannot be read as text
	 */
	static SourceFile read(String path, byte[] bytes, Problems problems) {
		if (bytes.length > MAX_FILE_BYTES) {
			problems.add(path, 1,
					String.format(Locale.ROOT,
							"file is %,d bytes, more than the %,d allowed; split it" + " into several files",
							bytes.length, MAX_FILE_BYTES));
			return null;
		}
		String text = decode(path, bytes, problems);
		if (text == null) {
			return null;
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.indexOf('\0') >= 0) {
			problems.add(path, lineOf(text, text.indexOf('\0')),
					"file contains a NUL character; save it as plain UTF-8 text");
			return null;
		}
		List<String> lines = Arrays.asList(text.split("\r\n|\r|\n", -1));
		if (!SourceLimits.withinLimits(path, lines, problems)) {
			return null;
		}
		if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
			return new SourceFile(path, lines, 0, null);
		}
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).strip().equals(FENCE)) {
				return new SourceFile(path, lines, i + 1, String.join("\n", lines.subList(1, i)));
			}
		}
		problems.add(path, 1, "front matter opened with `---` is never closed; add a line `---` after the last key");
		return null;
	}

	private static String decode(String path, byte[] bytes, Problems problems) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				if (endsLine(bytes[i], (i + 1 < bytes.length) ? bytes[i + 1] : 0)) {
					line++;
				}
			}
			problems.add(path, line,
					"file is not valid UTF-8 (bad byte at offset " + in.position() + "); save it with UTF-8 encoding");
			return null;
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	private static int lineOf(String text, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			if (endsLine(text.charAt(i), (i + 1 < text.length()) ? text.charAt(i + 1) : 0)) {
				line++;
			}
		}
		return line;
	}

	/**
	 * Whether a character ends a line as {@link #read} splits them: {@code \n}, or a
	 * {@code \r} not followed by {@code \n}.
	 */
	private static boolean endsLine(int c, int next) {
		return c == '\n' || (c == '\r' && next != '\n');
	}

	String path() {
		return this.path;
	}

	/** The front matter text, or {@code null} when the file has none. */
	String frontMatter() {
		return this.frontMatter;
	}

	/**
	 * The 1-based line of the first front-matter line (the one after the opening fence).
	 */
	int frontMatterFirstLine() {
		return 2;
	}

	/** Body lines; index {@code i} is line {@code bodyFirstLine() + i}. */
	List<String> bodyLines() {
		return this.lines.subList(this.bodyStart, this.lines.size());
	}

	int bodyFirstLine() {
		return this.bodyStart + 1;
	}

	String body() {
		return String.join("\n", bodyLines());
	}

	SourceLine at(int line) {
		return new SourceLine(this.path, line);
	}

}
