package com.mgsleep.kb.search;

import java.util.List;

import com.mgsleep.kb.article.Article;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.claim.Claim;
import com.mgsleep.kb.dosage.Dosage;
import com.mgsleep.kb.form.MagnesiumForm;
import com.mgsleep.kb.topic.Topic;

/**
 * The model an import has just written, as it held it in memory, published so that the
 * search index is built from it rather than from the database read back. Every entity
 * comes with the associations the index reads.
 *
 * @param topics every topic
 * @param forms every form
 * @param citations every reference
 * @param articles every article
 * @param claims every claim, in reading order, with its topics, forms and citations
 * @param dosages every dosage row, in reading order
 * @param synonymGroups the editors' synonym groups, in content order
 */
public record SearchSources(List<Topic> topics, List<MagnesiumForm> forms, List<Citation> citations,
		List<Article> articles, List<Claim> claims, List<Dosage> dosages, List<List<String>> synonymGroups) {

}
