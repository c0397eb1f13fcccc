package com.mgsleep.kb.content.markdown;

import java.util.List;

/**
 * A {@code > [!type] header} block with the {@code >} prefixes removed.
 *
 * @param type the lowercase type after {@code [!}
 * @param header the rest of the marker line
 * @param at the marker line
 * @param lines the lines after the marker
 * @param firstLine the 1-based line of {@code lines.get(0)}
 */
record CalloutBlock(String type, String header, SourceLine at, List<String> lines, int firstLine) {

	SourceLine lineAt(int index) {
		return new SourceLine(this.at.file(), this.firstLine + index);
	}

}
