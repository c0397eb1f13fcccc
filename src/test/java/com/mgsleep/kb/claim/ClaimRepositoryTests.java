package com.mgsleep.kb.claim;

import java.util.List;
import java.util.stream.Collectors;

import com.mgsleep.kb.FixtureContent;
import com.mgsleep.kb.citation.Citation;
import com.mgsleep.kb.claim.ClaimRepository.CertaintyCount;
import com.mgsleep.kb.claim.ClaimRepository.CitationUse;
import com.mgsleep.kb.claim.ClaimRepository.SourceVerdictCount;
import com.mgsleep.kb.claim.ClaimRepository.VerdictCount;
import com.mgsleep.kb.vocabulary.CitationRole;
import com.mgsleep.kb.vocabulary.Verdict;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every custom query of {@link ClaimRepository} on the real schema, over the fixture
 * content; queries that feed pages are checked to load what the pages show, since pages
 * read them without a persistence context.
 */
@FixtureContent
class ClaimRepositoryTests {

	@Autowired
	private ClaimRepository claims;

	@Autowired
	private EntityManager entityManager;

	@Test
	void findAllInReadingOrderThenArticleOrderWithWhatTheApiShows() {
		List<Claim> all = this.claims.findAllInReadingOrder();
		assertThat(all).extracting(Claim::getId).containsExactly("sleep-onset-older-adults", "glycinate-works-fastest");
		assertThat(all).allSatisfy((claim) -> assertLoaded(claim, "topics", "forms", "flags", "certaintySteps",
				"notCounted", "citations"));
	}

	@Test
	void findForPageThenEverythingTheClaimPageShows() {
		Claim claim = this.claims.findForPage("glycinate-works-fastest").orElseThrow();
		assertLoaded(claim, "article", "topics", "forms", "flags", "certaintySteps", "notCounted", "related",
				"citations");
		assertLoaded(claim.getArticle(), "topics");
		assertThat(claim.getRelated()).extracting(Claim::getId).containsExactly("sleep-onset-older-adults");
		assertThat(this.claims.findForPage("nope")).isEmpty();
	}

	@Test
	void findMatchingWhenEachFilterThenOnlyClaimsMatchingAll() {
		assertThat(ids(this.claims.findMatching(null, null, null, null, null)))
			.containsExactly("sleep-onset-older-adults", "glycinate-works-fastest");
		assertThat(ids(this.claims.findMatching("falling-asleep", "glycinate", null, null, null)))
			.containsExactly("glycinate-works-fastest");
		assertThat(ids(this.claims.findMatching(null, null, Verdict.LIMITED, null, null)))
			.containsExactly("sleep-onset-older-adults");
		assertThat(ids(this.claims.findMatching(null, null, null, null, "shop-blog"))).hasSize(2);
		assertThat(ids(this.claims.findMatching(null, null, null, null, "abbasi-2012"))).isEmpty();
		assertThat(ids(this.claims.findMatching("dosage-timing", null, null, null, null))).isEmpty();
		Claim glycinate = this.claims.findById("glycinate-works-fastest").orElseThrow();
		assertThat(ids(this.claims.findMatching(null, null, null, glycinate.getCertainty(), null)))
			.contains("glycinate-works-fastest");
		assertThat(this.claims.findMatching(null, null, null, null, null))
			.allSatisfy((claim) -> assertLoaded(claim, "topics", "flags", "citations"));
	}

	@Test
	void findByArticleAndFormThenThoseClaimsAsCardsShowThem() {
		assertThat(ids(this.claims.findByArticle("falling-asleep"))).containsExactly("sleep-onset-older-adults",
				"glycinate-works-fastest");
		assertThat(ids(this.claims.findByForm("oxide"))).containsExactly("sleep-onset-older-adults");
		assertThat(this.claims.findByForm("oxide")).allSatisfy((claim) -> assertLoaded(claim, "topics", "flags"));
	}

	@Test
	void findCitationsOfAndCitationUsesThenEveryRoleInOrder() {
		assertThat(this.claims.findCitationsOf("shop-blog")).extracting((cited) -> cited.getClaim().getId())
			.containsExactly("glycinate-works-fastest", "sleep-onset-older-adults");
		assertThat(this.claims.findCitationUses())
			.extracting(CitationUse::citationKey, CitationUse::claimId, CitationUse::role)
			.containsExactly(tuple("mah-pitre-2021", "sleep-onset-older-adults", CitationRole.SUPPORTS),
					tuple("abbasi-2012", "sleep-onset-older-adults", CitationRole.SUPPORTS),
					tuple("shop-blog", "sleep-onset-older-adults", CitationRole.ASSERTED_BY),
					tuple("shop-blog", "glycinate-works-fastest", CitationRole.ASSERTED_BY));
	}

	@Test
	void sourceQueriesThenOnlyWebArticlesThatAssertClaims() {
		assertThat(this.claims.findAssertingSources()).extracting(Citation::getKey).containsExactly("shop-blog");
		assertThat(ids(this.claims.findAssertedBy("shop-blog"))).containsExactly("sleep-onset-older-adults",
				"glycinate-works-fastest");
		assertThat(this.claims.countBySourceAndVerdict())
			.extracting(SourceVerdictCount::verdict, SourceVerdictCount::claims)
			.containsExactlyInAnyOrder(tuple(Verdict.LIMITED, 1L), tuple(Verdict.UNSUPPORTED, 1L));
	}

	@Test
	void countsThenEveryClaimCountedOnceByVerdictCertaintyAndTopic() {
		assertThat(this.claims.countByVerdict()).extracting(VerdictCount::verdict, VerdictCount::claims)
			.containsExactlyInAnyOrder(tuple(Verdict.LIMITED, 1L), tuple(Verdict.UNSUPPORTED, 1L));
		assertThat(this.claims.countByCertainty()).extracting(CertaintyCount::claims)
			.containsExactlyInAnyOrder(certaintyCounts());
		assertThat(this.claims.countByTopic()).singleElement().satisfies((count) -> {
			assertThat(count.getSlug()).isEqualTo("falling-asleep");
			assertThat(count.getClaims()).isEqualTo(2);
		});
		assertThat(this.claims.count()).isEqualTo(2);
	}

	@Test
	void findMatchingIdsWhenPagedThenInTheOrdersRankCountedAndCardsLoaded() {
		List<Claim> all = this.claims.findAllInReadingOrder();
		for (ClaimOrder order : ClaimOrder.values()) {
			Page<String> first = this.claims.findMatchingIds(null, null, null, null, null,
					PageRequest.of(0, 1, order.sort()));
			assertThat(first.getTotalElements()).isEqualTo(2);
			assertThat(first.getContent())
				.containsExactly(all.stream().sorted(order.comparator()).toList().get(0).getId());
		}
		assertThat(this.claims.findMatchingIds(null, null, Verdict.LIMITED, null, "shop-blog",
				PageRequest.of(1, 30, ClaimOrder.VERDICT.sort())))
			.isEmpty();
		List<Claim> cards = this.claims.findCards(all.stream().map(Claim::getId).toList());
		assertThat(cards).hasSize(2).allSatisfy((claim) -> assertLoaded(claim, "topics", "flags", "citations"));
	}

	@Test
	void findIdsInReadingOrderAndLatestChangedThenIdsOnly() {
		List<String> reading = this.claims.findAllInReadingOrder().stream().map(Claim::getId).toList();
		assertThat(this.claims.findIdsInReadingOrder()).isEqualTo(reading);
		List<String> latest = this.claims.findLatestChangedIds(Limit.of(1));
		assertThat(latest).hasSize(1).isSubsetOf(reading);
		assertThat(this.claims.findWithHistory(latest)).singleElement()
			.satisfies((claim) -> assertLoaded(claim, "article", "history"));
	}

	private Long[] certaintyCounts() {
		return this.claims.findAllInReadingOrder()
			.stream()
			.collect(
					java.util.stream.Collectors.groupingBy(Claim::getCertainty, java.util.stream.Collectors.counting()))
			.values()
			.toArray(Long[]::new);
	}

	private void assertLoaded(Object entity, String... attributes) {
		FixtureContent.Fetched.assertLoaded(this.entityManager, entity, attributes);
	}

	private static List<String> ids(List<Claim> claims) {
		return claims.stream().map(Claim::getId).toList();
	}

}
