package com.mgsleep.kb.web;

import java.nio.file.Path;

import com.mgsleep.kb.SiteClient;
import com.mgsleep.kb.SiteOverRealContent;
import com.mgsleep.kb.content.markdown.ContentParser;
import com.mgsleep.kb.content.markdown.ParsedClaim;
import com.mgsleep.kb.content.markdown.ParsedKnowledgeBase;
import com.mgsleep.kb.web.cache.PreparedPages;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many SQL statements each kind of page runs over the real content, counted by
 * Hibernate's statistics: a bound per page, independent of the number of claims, so that
 * a query per row or a whole-table load fails here.
 */
@SiteOverRealContent
class QueriesPerPageTests {

	@LocalServerPort
	private int port;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private PreparedPages preparedPages;

	@Test
	void everyPageWhenRenderedThenRunsAFewStatements() {
		ParsedKnowledgeBase content = new ContentParser().parse(Path.of("content")).knowledgeBase();
		ParsedClaim claim = content.claims().filter((c) -> !c.related().isEmpty()).findFirst().orElseThrow();
		String source = content.claims()
			.flatMap((c) -> c.citations().stream())
			.filter((c) -> "asserted-by".equals(c.role()))
			.findFirst()
			.orElseThrow()
			.use()
			.key();
		String claimPage = "/claims/" + claim.id();
		assertThat(statementsFor(claimPage)).as(claimPage).isLessThanOrEqualTo(2);
		assertThat(statementsFor("/claims")).isLessThanOrEqualTo(7);
		assertThat(statementsFor("/claims?verdict=limited&sort=citations&page=2")).isLessThanOrEqualTo(7);
		assertThat(statementsFor("/")).isLessThanOrEqualTo(9);
		for (String path : new String[] { "/citations", "/citations/" + claim.citations().get(0).use().key(),
				"/sources", "/sources/" + source, "/topics", "/topics/" + claim.topics().get(0), "/forms",
				"/forms/glycinate", "/articles", "/articles/" + content.articles().get(0).slug(), "/dosages",
				"/disagreements", "/sitemap.xml", "/feed.atom", "/api/claims", "/api/claims/" + claim.id() }) {
			assertThat(statementsFor(path)).as(path).isLessThanOrEqualTo(11);
		}
	}

	@Test
	void pagesAboutAFewClaimsWhenRenderedThenLoadAPageOfEntitiesNotEveryClaim() {
		// the real content has about 140 claims with some 500 citations of them: loading
		// every claim loads over 600 entities
		for (String path : new String[] { "/", "/claims", "/claims?sort=statement&page=3", "/sitemap.xml",
				"/feed.atom" }) {
			assertThat(entitiesFor(path)).as(path).isLessThanOrEqualTo(300);
		}
	}

	private long statementsFor(String path) {
		return measure(path).getPrepareStatementCount();
	}

	private long entitiesFor(String path) {
		return measure(path).getEntityLoadCount();
	}

	private Statistics measure(String path) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		this.preparedPages.clear();
		statistics.clear();
		assertThat(new SiteClient(this.port).get(path, "*/*").statusCode()).as(path).isEqualTo(200);
		statistics.setStatisticsEnabled(false);
		return statistics;
	}

}
