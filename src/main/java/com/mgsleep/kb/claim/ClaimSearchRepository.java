package com.mgsleep.kb.claim;

import java.util.List;

import com.mgsleep.kb.vocabulary.Certainty;
import com.mgsleep.kb.vocabulary.Verdict;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads claims as flat rows for the search index: a handful of queries whatever the size
 * of the knowledge base.
 */
public interface ClaimSearchRepository extends Repository<Claim, String> {

	@Query("select new com.mgsleep.kb.claim.ClaimSearchRepository$Row(c.id, c.statement, c.verdictRationale,"
			+ " c.verdict, c.certainty) from Claim c order by c.article.slug, c.position")
	List<Row> findRows();

	@Query("select new com.mgsleep.kb.claim.ClaimSearchRepository$Tag(c.id, t.slug) from Claim c join c.topics t")
	List<Tag> findTopics();

	@Query("select new com.mgsleep.kb.claim.ClaimSearchRepository$Tag(c.id, f.slug) from Claim c join c.forms f")
	List<Tag> findForms();

	@Query("select new com.mgsleep.kb.claim.ClaimSearchRepository$Tag(cc.claim.id, cc.citation.key)"
			+ " from ClaimCitation cc where cc.role = com.mgsleep.kb.vocabulary.CitationRole.ASSERTED_BY")
	List<Tag> findSources();

	@Query("select new com.mgsleep.kb.claim.ClaimSearchRepository$Note(cc.claim.id, cc.citation.label, cc.note)"
			+ " from ClaimCitation cc where cc.note is not null order by cc.id")
	List<Note> findNotes();

	/**
	 * What search shows of a claim.
	 *
	 * @param id the claim id
	 * @param statement the claim
	 * @param verdictRationale why the verdict
	 * @param verdict the verdict
	 * @param certainty the certainty
	 */
	record Row(String id, String statement, String verdictRationale, Verdict verdict, Certainty certainty) {
	}

	/**
	 * What a cited work says about a claim, with the work's short name.
	 *
	 * @param id the claim id
	 * @param source the cited work's label, such as "Abbasi 2012"
	 * @param note the editors' note, a fragment such as "500 mg a day as oxide"
	 */
	record Note(String id, String source, String note) {
	}

	/**
	 * One value a claim carries, such as a topic slug or a note.
	 *
	 * @param id the claim id
	 * @param value the value
	 */
	record Tag(String id, String value) {
	}

}
