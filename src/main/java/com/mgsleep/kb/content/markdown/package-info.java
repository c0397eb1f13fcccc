/**
 * Pure parser of the Markdown knowledge base: flexmark, SnakeYAML and the JDK only, no
 * Spring and no persistence; it turns the content folder into immutable records with
 * source lines.
 */
package com.mgsleep.kb.content.markdown;
