package com.mgsleep.kb.model;

import java.time.Duration;

/**
 * Published once the content folder has been imported, while the application starts and
 * before it serves requests; features that derive data from the model (the search index)
 * build it then.
 *
 * @param duration how long reading, checking and writing the content took
 */
public record KnowledgeBaseImported(Duration duration) {

}
