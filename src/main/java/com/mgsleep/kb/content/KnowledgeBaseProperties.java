package com.mgsleep.kb.content;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the knowledge base lives.
 *
 * @param contentDir the content folder (property {@code kb.content-dir}, environment
 * variable {@code KB_CONTENT_DIR}); default {@code content}, relative to the working
 * directory
 */
@ConfigurationProperties("kb")
public record KnowledgeBaseProperties(@DefaultValue("content") Path contentDir) {
}
