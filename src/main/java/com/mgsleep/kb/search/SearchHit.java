package com.mgsleep.kb.search;

import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.Verdict;

/**
 * One result.
 *
 * @param type what it is
 * @param id its id, slug or key
 * @param title HTML: the escaped title with matches in {@code <mark>}
 * @param snippet HTML: an escaped excerpt with matches in {@code <mark>}
 * @param url its page
 * @param score relevance, higher first
 * @param verdict the verdict of a claim, else {@code null}
 * @param certainty the evidence certainty of a claim, else {@code null}
 */
public record SearchHit(ResultType type, String id, String title, String snippet, String url, float score,
		Verdict verdict, Certainty certainty) {

}
