package com.mgsleep.kb.claim;

import com.mgsleep.kb.FixtureContent;
import com.mgsleep.kb.claim.ClaimSearchRepository.Row;
import com.mgsleep.kb.claim.ClaimSearchRepository.Tag;
import com.mgsleep.kb.vocabulary.Verdict;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The flat rows {@link ClaimSearchRepository} gives the search index, on the real schema.
 */
@FixtureContent
class ClaimSearchRepositoryTests {

	@Autowired
	private ClaimSearchRepository claims;

	@Test
	void findRowsThenEveryClaimInReadingOrder() {
		assertThat(this.claims.findRows()).extracting(Row::id, Row::verdict)
			.containsExactly(tuple("sleep-onset-older-adults", Verdict.LIMITED),
					tuple("glycinate-works-fastest", Verdict.UNSUPPORTED));
		assertThat(this.claims.findRows()).allSatisfy((row) -> assertThat(row.certainty()).isNotNull());
	}

	@Test
	void findTagsThenTopicsFormsAssertingSourcesAndNotes() {
		assertThat(this.claims.findTopics()).extracting(Tag::value).containsOnly("falling-asleep").hasSize(2);
		assertThat(this.claims.findForms()).extracting(Tag::id, Tag::value)
			.containsExactlyInAnyOrder(tuple("sleep-onset-older-adults", "oxide"),
					tuple("glycinate-works-fastest", "glycinate"));
		assertThat(this.claims.findSources()).extracting(Tag::value).containsOnly("shop-blog").hasSize(2);
		assertThat(this.claims.findNotes()).extracting(ClaimSearchRepository.Note::note)
			.containsExactly("3 RCTs, 151 older adults", "500 mg/day as oxide", "says glycinate does this");
		assertThat(this.claims.findNotes()).extracting(ClaimSearchRepository.Note::source).doesNotContainNull();
	}

}
