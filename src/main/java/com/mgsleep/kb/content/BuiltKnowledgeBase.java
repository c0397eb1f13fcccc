package com.mgsleep.kb.content;

import java.util.List;

import com.mgsleep.kb.content.markdown.ParsedClaim;
import com.mgsleep.kb.search.SynonymGroup;

/**
 * A knowledge base's entities, built from its parsed content and not yet written.
 *
 * @param entities the entities
 * @param relating the claims that list related claims, related once all claims exist
 * @param synonyms the editors' synonym groups
 */
record BuiltKnowledgeBase(ImportedEntities entities, List<ParsedClaim> relating, List<SynonymGroup> synonyms) {

}
