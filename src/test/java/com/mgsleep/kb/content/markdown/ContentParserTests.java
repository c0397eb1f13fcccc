package com.mgsleep.kb.content.markdown;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link ContentParser}: what a valid folder yields, and the errors of one
 * file. Errors that span files are in {@link ContentValidatorTests}.
 */
class ContentParserTests {

	private static final String ARTICLE_FRONT_MATTER = """
			---
			title: T
			summary: S
			last-reviewed: 2026-11-20
			---
			""";

	private final ContentParser parser = new ContentParser();

	@TempDir
	Path temp;

	@Test
	void parseWhenValidFolderThenReportsNoErrors() {
		ParseResult result = this.parser.parse(ContentFixtures.folder("valid"));
		assertThat(result.errors()).isEmpty();
		assertThat(result.valid()).isTrue();
	}

	@Test
	void parseWhenValidFolderThenReadsArticle() {
		ParsedArticle article = parseValid().articles().get(0);
		assertThat(article.slug()).isEqualTo("sleep-onset");
		assertThat(article.at()).isEqualTo(new SourceLine("articles/sleep-onset.md", 1));
		assertThat(article.title()).isEqualTo("Does magnesium help you fall asleep?");
		assertThat(article.summary()).isEqualTo("What the trials in older adults show, and what they do not.");
		assertThat(article.topics()).containsExactly("falling-asleep", "insomnia");
		assertThat(article.lastReviewed()).isEqualTo(LocalDate.of(2026, 11, 20));
	}

	@Test
	void parseWhenValidFolderThenKeepsSegmentsInReadingOrder() {
		List<ArticleSegment> segments = parseValid().articles().get(0).segments();
		assertThat(segments).hasSize(9);
		assertThat(segments.get(0)).isInstanceOfSatisfying(ArticleSegment.Prose.class, (prose) -> {
			assertThat(prose.firstLine()).isEqualTo(7);
			assertThat(prose.markdown()).startsWith("Magnesium is often sold as a sleep aid");
		});
		assertThat(segments.get(1)).isEqualTo(new ArticleSegment.ClaimBlock("sleep-onset-older-adults"));
		assertThat(segments.get(2)).isEqualTo(new ArticleSegment.DosageTable(0));
		assertThat(segments.get(3)).isInstanceOfSatisfying(ArticleSegment.Prose.class,
				(prose) -> assertThat(prose.markdown()).contains("The sources also disagree about timing"));
		assertThat(segments.get(4)).isEqualTo(new ArticleSegment.ClaimBlock("timing-30-60-minutes"));
		assertThat(segments.get(5)).isEqualTo(new ArticleSegment.ClaimBlock("timing-1-2-hours"));
		assertThat(segments.get(6)).isEqualTo(new ArticleSegment.DisagreementBlock("timing-before-bed"));
		assertThat(segments.get(7)).isEqualTo(
				new ArticleSegment.Alert("note", "Most of these trials used magnesium oxide [@abbasi-2012].", 51));
		assertThat(segments.get(8)).isInstanceOfSatisfying(ArticleSegment.Prose.class,
				(prose) -> assertThat(prose.markdown().strip()).isEqualTo("That is all the evidence we found."));
	}

	@Test
	void parseWhenValidFolderThenReadsClaims() {
		List<ParsedClaim> claims = parseValid().claims().toList();
		assertThat(claims).extracting(ParsedClaim::id, ParsedClaim::at)
			.containsExactly(tuple("sleep-onset-older-adults", new SourceLine("articles/sleep-onset.md", 10)),
					tuple("timing-30-60-minutes", new SourceLine("articles/sleep-onset.md", 29)),
					tuple("timing-1-2-hours", new SourceLine("articles/sleep-onset.md", 38)));
		ParsedClaim first = claims.get(0);
		assertThat(first.statement()).isEqualTo("In older adults with insomnia, magnesium shortened the time needed"
				+ " to fall asleep, by roughly 17 minutes across three small trials.");
		assertThat(first.topics()).containsExactly("falling-asleep", "insomnia");
		assertThat(first.forms()).containsExactly("oxide");
		assertThat(first.verdict()).isEqualTo("limited");
		assertThat(first.verdictRationale())
			.isEqualTo("three small trials, all in older adults; low-certainty evidence");
		assertThat(first.related()).isEmpty();
		assertThat(claims.get(1).related()).containsExactly("sleep-onset-older-adults");
		assertThat(claims.get(2).forms()).isEmpty();
		assertThat(claims.get(2).verdict()).isEqualTo("limited");
	}

	@Test
	void parseWhenValidFolderThenKeepsCitationRolesAndNotesInWrittenOrder() {
		List<ParsedClaim> claims = parseValid().claims().toList();
		assertThat(claims.get(0).citations())
			.extracting(ParsedClaim.Citation::role, (c) -> c.use().key(), (c) -> c.use().note(),
					(c) -> c.use().at().line())
			.containsExactly(tuple("supports", "mah-pitre-2021", "meta-analysis of 3 RCTs, 151 older adults", 17),
					tuple("supports", "abbasi-2012", "500 mg/day as oxide for 8 weeks", 17),
					tuple("asserted-by", "seed-shop-2025", null, 18));
		assertThat(claims.get(2).citations())
			.extracting(ParsedClaim.Citation::role, (c) -> c.use().key(), (c) -> c.use().note())
			.containsExactly(tuple("supports", "abbasi-2012", "taken in the evening"),
					tuple("mis-cited-by", "iom-1997", "cited for timing; it sets intake values only"));
	}

	@Test
	void parseWhenValidFolderThenReadsDosagesWithRangesTimingsAndMillimoles() {
		List<ParsedDosage> dosages = parseValid().dosages().toList();
		assertThat(dosages)
			.extracting(ParsedDosage::population, ParsedDosage::minMg, ParsedDosage::maxMg, ParsedDosage::purpose,
					ParsedDosage::form, ParsedDosage::timing)
			.containsExactly(tuple("men-19-30", 400.0, 400.0, "rda", null, null),
					tuple("adults", 200.0, 400.0, "sleep-support", "glycinate",
							new ParsedDosage.Timing(30, 60, "30-60 min before bed")),
					tuple("older-adults", 301.4, 301.4, "study-dose", "oxide",
							new ParsedDosage.Timing(60, 120, "1-2 h before bed")));
		ParsedDosage sweetSpot = dosages.get(1);
		assertThat(sweetSpot.at()).isEqualTo(new SourceLine("articles/sleep-onset.md", 24));
		assertThat(sweetSpot.tableTitle()).isEqualTo("Doses in the sources");
		assertThat(sweetSpot.amountText()).isEqualTo("200-400 mg/day");
		assertThat(sweetSpot.note()).isEqualTo("the \"sweet spot\"");
		assertThat(sweetSpot.sources()).extracting(CitationUse::key).containsExactly("seed-shop-2025");
	}

	@Test
	void parseWhenValidFolderThenReadsDisagreement() {
		assertThat(parseValid().disagreements().toList())
			.containsExactly(new ParsedDisagreement("timing-before-bed", new SourceLine("articles/sleep-onset.md", 46),
					"How long before bed to take magnesium", List.of("timing-30-60-minutes", "timing-1-2-hours")));
	}

	@Test
	void parseWhenValidFolderThenReadsProseCitationsWithLocatorsAndSiteLinks() {
		ProseReferences body = parseValid().articles().get(0).body();
		assertThat(body.citations()).extracting(CitationUse::key, CitationUse::note, (use) -> use.at().line())
			.containsExactly(tuple("seed-shop-2025", null, 7), tuple("mah-pitre-2021", null, 7),
					tuple("abbasi-2012", "p. 1165", 7), tuple("abbasi-2012", null, 52));
		assertThat(body.links()).extracting(LinkUse::target, (link) -> link.at().line())
			.containsExactly(tuple("/forms/oxide", 8), tuple("/topics/falling-asleep", 8),
					tuple("/claims/sleep-onset-older-adults", 27));
	}

	@Test
	void parseWhenValidFolderThenReadsFormsAndTopics() {
		ParsedKnowledgeBase kb = parseValid();
		assertThat(kb.forms()).extracting(ParsedForm::slug, ParsedForm::name, ParsedForm::aliases)
			.containsExactly(
					tuple("glycinate", "Magnesium glycinate", List.of("bisglycinate", "magnesium bisglycinate")),
					tuple("oxide", "Magnesium oxide", List.of("oxide", "magnesia")));
		assertThat(kb.forms().get(0).body().links()).extracting(LinkUse::target, (link) -> link.at().line())
			.containsExactly(tuple("/forms/oxide", 9));
		assertThat(kb.topics()).extracting(ParsedTopic::slug, ParsedTopic::name, ParsedTopic::bodyFirstLine)
			.containsExactly(tuple("falling-asleep", "Falling asleep", 7), tuple("insomnia", "Insomnia", 7));
		assertThat(kb.bottomLines()).extracting(ParsedBottomLine::page, (line) -> line.at().line())
			.containsExactlyInAnyOrder(tuple("/", 4), tuple("/forms/glycinate", 5), tuple("/forms/oxide", 5),
					tuple("/topics/falling-asleep", 5), tuple("/topics/insomnia", 5));
		assertThat(kb.topics().get(1).description()).isEqualTo("Chronic difficulty falling or staying asleep.");
	}

	@Test
	void parseWhenValidFolderThenReadsReferences() {
		List<ParsedReference> references = parseValid().references();
		assertThat(references).extracting(ParsedReference::key, ParsedReference::design, ParsedReference::secondary)
			.containsExactly(tuple("abbasi-2012", "rct", false), tuple("mah-pitre-2021", "meta-analysis", false),
					tuple("iom-1997", "reference-report", false), tuple("seed-shop-2025", "web-article", true));
		ParsedReference abbasi = references.get(0);
		assertThat(abbasi.at()).isEqualTo(new SourceLine("references/bibliography.md", 3));
		assertThat(abbasi.authors()).containsExactly(new ParsedReference.Author("Abbasi", "Behnood", null),
				new ParsedReference.Author("Kimiagar", "Masud", null));
		assertThat(abbasi.year()).isEqualTo(2012);
		assertThat(abbasi.month()).isEqualTo(12);
		assertThat(abbasi.day()).isNull();
		assertThat(abbasi.pmid()).isEqualTo("23853635");
		assertThat(abbasi.pmcid()).isEqualTo("PMC3703169");
		assertThat(abbasi.participants()).isEqualTo(46);
		assertThat(abbasi.citedBy()).containsExactly("seed-shop-2025");
		assertThat(references.get(2).authors())
			.containsExactly(new ParsedReference.Author(null, null, "Institute of Medicine"));
		assertThat(references.get(3).sellsSupplements()).isTrue();
	}

	@Test
	void parseWhenAmountIsNotANumberThenReportsRowLine() {
		assertThat(errorsOf("bad-amounts")).contains("articles/amounts.md:9: cannot read amount `abc mg`; write a"
				+ " number or range with a unit per day, such as `300 mg/day` or `200-400 mg/day`");
	}

	@Test
	void parseWhenAmountUnitUnknownThenNamesAllowedUnits() {
		assertThat(errorsOf("bad-amounts")).contains("articles/amounts.md:10: unknown unit `tsp` in amount"
				+ " `5 tsp/day`; use mg, g or mmol (of elemental magnesium)");
	}

	@Test
	void parseWhenAmountRangeMinimumAboveMaximumThenReportsRange() {
		assertThat(errorsOf("bad-amounts")).contains("articles/amounts.md:11: range `400-200 mg/day` has its minimum"
				+ " above its maximum; write the smaller number first");
	}

	@Test
	void parseWhenAmountsBrokenThenReportsEachRowAndKeepsTheValidOne() {
		ParseResult result = parseValidWith("bad-amounts");
		assertThat(result.errors()).extracting(ContentError::toString)
			.containsExactly(
					"articles/amounts.md:9: cannot read amount `abc mg`; write a number or range with a unit per"
							+ " day, such as `300 mg/day` or `200-400 mg/day`",
					"articles/amounts.md:10: unknown unit `tsp` in amount `5 tsp/day`; use mg, g or mmol (of"
							+ " elemental magnesium)",
					"articles/amounts.md:11: range `400-200 mg/day` has its minimum above its maximum; write the"
							+ " smaller number first",
					"articles/amounts.md:12: amount `300 mg/week` must be per day (`/day`), not per `week`");
		ParsedArticle article = result.knowledgeBase()
			.articles()
			.stream()
			.filter((a) -> a.slug().equals("amounts"))
			.findFirst()
			.orElseThrow();
		assertThat(article.dosageTables().get(0)).singleElement()
			.satisfies((dosage) -> assertThat(dosage.at().line()).isEqualTo(13));
	}

	@Test
	void parseWhenFrontMatterKeyUnknownThenSuggestsClosestKey() {
		assertThat(errorsOf("unknown-front-matter-key")).containsExactly("articles/key.md:4: unknown key `topic` in"
				+ " article front matter; did you mean `topics`? (allowed: changes, last-reviewed, summary, title, topics)");
	}

	@Test
	void parseWhenFrontMatterMissesRequiredKeysThenReportsEach() {
		ParseResult result = parseFile("topics/sleep-quality.md", """
				---
				name: Sleep quality
				---
				""");
		assertThat(messages(result)).containsExactly("topics/sleep-quality.md:2: missing required key `description`");
	}

	@Test
	void parseFileWhenFrontMatterEmptyThenReportsMissingKeysInsteadOfDroppingTheFile() {
		ParseResult result = parseFile("topics/sleep-quality.md", "---\n---\nSome prose.\n");
		assertThat(messages(result)).containsExactly("topics/sleep-quality.md:2: missing required key `description`",
				"topics/sleep-quality.md:2: missing required key `name`");
	}

	@Test
	void parseFileWhenFrontMatterKeyDuplicatedThenReportsSecondWithFirstLine() {
		ParseResult result = parseFile("forms/oxide.md", """
				---
				name: Magnesium oxide
				aliases: [oxide]
				name: Magnesia
				---
				""");
		assertThat(messages(result))
			.containsExactly("forms/oxide.md:4: duplicate key `name`; first at line 2; keep one of the two");
		assertThat(result.knowledgeBase().forms()).singleElement()
			.satisfies((form) -> assertThat(form.name()).isEqualTo("Magnesium oxide"));
	}

	@Test
	void parseFileWhenReferenceIdDuplicatedInOneEntryThenReportsIt() {
		ParseResult result = parseFile("references/refs.md", """
				---
				references:
				- id: abbasi-2012
				  type: article-journal
				  title: A trial
				  design: rct
				  status: verified
				  id: abbasi-2013
				---
				""");
		assertThat(messages(result))
			.containsExactly("references/refs.md:8: duplicate key `id`; first at line 3; keep one of the two");
	}

	@Test
	void parseFileWhenWebPageHasAccessedDateThenReadsItAndRefusesAPartialOrImpossibleOne() {
		ParseResult result = parseFile("references/refs.md", """
				---
				references:
				- id: ods-fact-sheet
				  type: webpage
				  title: 'Magnesium: Fact Sheet for Health Professionals'
				  URL: https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/
				  accessed: {date-parts: [[2026, 1, 5]]}
				  design: reference-report
				  status: likely
				- id: other-page
				  type: webpage
				  title: Another page
				  accessed: {date-parts: [[2026, 1]]}
				  design: web-article
				  status: likely
				- id: third-page
				  type: webpage
				  title: A third page
				  accessed: {date-parts: [[2026, 2, 30]]}
				  design: web-article
				  status: likely
				---
				""");
		assertThat(messages(result)).containsExactly(
				"references/refs.md:13: `accessed` must be a whole date that exists, like `{date-parts: [[2026, 1, 5]]}`",
				"references/refs.md:19: `accessed` must be a whole date that exists, like `{date-parts: [[2026, 1, 5]]}`");
		assertThat(result.knowledgeBase().references()).extracting(ParsedReference::accessed)
			.containsExactly(LocalDate.of(2026, 1, 5), null, null);
	}

	@Test
	void parseFileWhenYamlAliasContainsItselfThenReportsInvalidYaml() {
		ParseResult result = parseFile("topics/loop.md", """
				---
				name: Loop
				description: &loop [a, *loop]
				---
				""");
		assertThat(messages(result)).containsExactly("topics/loop.md:3: invalid YAML: an alias refers to a value that"
				+ " contains it; write the value out instead of using `&anchor` and `*alias`");
	}

	@Test
	void parseWhenFrontMatterYamlInvalidThenPointsIntoFrontMatter() {
		assertThat(errorsOf("invalid-yaml"))
			.containsExactly("articles/yaml.md:3: invalid YAML: mapping values are not allowed here");
	}

	@Test
	void parseFileWhenFlowListNotClosedThenPointsAtTheListLine() {
		ParseResult result = parseFile("articles/list.md", """
				---
				title: T
				summary: S
				topics: [insomnia, falling-asleep
				last-reviewed: 2026-11-20
				---
				""");
		assertThat(result.errors()).singleElement().satisfies((error) -> {
			assertThat(error.line()).isEqualTo(5);
			assertThat(error.message()).startsWith("invalid YAML: ").contains("flow sequence");
		});
	}

	@Test
	void parseWhenFileNotUtf8ThenReportsLineOfBadByte() {
		assertThat(errorsOf("not-utf8")).containsExactly(
				"articles/latin1.md:3: file is not valid UTF-8 (bad byte at offset 52); save it with UTF-8 encoding");
	}

	@Test
	void parseFileWhenNotUtf8WithCarriageReturnLineEndsThenReportsLineOfBadByte() {
		byte[] bytes = { '-', '-', '-', '\r', 'a', '\r', '\n', 'b', '\r', (byte) 0xC3, 0x28, '\r' };
		ParseResult result = this.parser.parseFile("forms/oxide.md", bytes);
		assertThat(result.errors()).extracting(ContentError::line).containsExactly(4);
	}

	@Test
	void parseFileWhenNulCharacterThenReportsItsLine() {
		ParseResult result = parseFile("forms/oxide.md", "---\rname: Oxide\r---\rA \0 here\r");
		assertThat(messages(result))
			.containsExactly("forms/oxide.md:4: file contains a NUL character; save it as plain UTF-8 text");
	}

	@Test
	void parseWhenFrontMatterNeverClosedThenReportsFirstLine() {
		assertThat(errorsOf("front-matter-not-closed")).containsExactly("topics/sleep-quality.md:1: front matter"
				+ " opened with `---` is never closed; add a line `---` after the last key");
	}

	@Test
	void parseFileWhenFrontMatterMissingThenReportsFirstLine() {
		ParseResult result = parseFile("forms/oxide.md", "name: Magnesium oxide\n");
		assertThat(messages(result))
			.containsExactly("forms/oxide.md:1: file needs front matter between two `---` lines at the top");
	}

	@Test
	void parseFileWhenFileOutsideContentFoldersThenReportsIt() {
		ParseResult result = parseFile("drafts/idea.md", "---\n---\n");
		assertThat(messages(result)).containsExactly(
				"drafts/idea.md:1: file is outside the known folders; move it into one of articles, forms, topics, references"
						+ " (only `synonyms.md` and `home.md` stand at the top)");
	}

	@Test
	void parseFileWhenFileNameNotSlugThenReportsIt() {
		ParseResult result = parseFile("forms/Oxide.md", "---\nname: Oxide\n---\n");
		assertThat(messages(result)).containsExactly(
				"forms/Oxide.md:1: file name `Oxide.md` is not a slug; use lowercase letters, digits and hyphens");
	}

	@Test
	void parseWhenRawHtmlInProseThenReportsEachTagOnItsLine() {
		assertThat(errorsOf("raw-html")).containsExactly(
				"forms/citrate.md:1: form page /forms/citrate has no bottom line; open its body with `> [!bottom-line]` and the answer"
						+ " in plain words, every sentence linking to a claim",
				"forms/citrate.md:4: raw HTML is not allowed (`</b>`); write Markdown instead",
				"forms/citrate.md:4: raw HTML is not allowed (`<b>`); write Markdown instead",
				"forms/citrate.md:6: raw HTML is not allowed (`<div class=\"warning\"> Take with water. <...`);"
						+ " write Markdown instead");
	}

	@Test
	void parseWhenClaimBlockKeyUnknownThenSuggestsClosestKey() {
		assertThat(errorsOf("unknown-claim-block-key")).containsExactly("articles/block-key.md:10: unknown key"
				+ " `form`; did you mean `forms`? (allowed: topics, forms, kind, verdict, supports, contradicts,"
				+ " asserted-by, mis-cited-by, related, changes)");
	}

	@Test
	void parseWhenClaimFieldsWrittenWithoutPrefixThenReportsUnclosedBlock() {
		assertThat(errorsOf("unclosed-claim-block")).containsExactly(
				"articles/unclosed.md:6: claim `oxide-helps` has no field list; add `- topics:`, `- verdict:` and"
						+ " citations as `> - key: value` lines inside the block",
				"articles/unclosed.md:8: claim block `oxide-helps` opened at line 6 is not closed properly: this"
						+ " line belongs to it but does not start with `>`; prefix every line of the block with"
						+ " `>`, or leave a blank line after it");
	}

	@Test
	void parseFileWhenFieldsFollowClaimAfterBlankLineThenReportsUnclosedBlock() {
		ParseResult result = parseFile("articles/a.md", ARTICLE_FRONT_MATTER + """
				> [!claim] oxide-helps
				> Magnesium oxide helps.
				> - topics: insomnia

				- verdict: limited: one trial
				""");
		assertThat(messages(result)).contains("articles/a.md:10: claim block `oxide-helps` opened at line 6 is not"
				+ " closed properly: this line belongs to it but does not start with `>`; prefix every line of the"
				+ " block with `>`, or leave a blank line after it");
	}

	@Test
	void parseFileWhenProseFollowsClaimAfterBlankLineThenAcceptsIt() {
		ParseResult result = parseFile("articles/a.md", ARTICLE_FRONT_MATTER + """
				> [!claim] oxide-helps
				> Magnesium oxide helps.
				>
				> - topics: insomnia
				> - verdict: limited: one trial
				> - supports: [@abbasi-2012]

				- a list in the prose is fine
				""");
		assertThat(result.errors()).isEmpty();
	}

	@Test
	void parseWhenVerdictNotInClosedSetThenListsVerdicts() {
		assertThat(errorsOf("unknown-verdict")).containsExactly("articles/verdict.md:10: unknown verdict `proven`"
				+ " (allowed: supported, limited, mixed, unsupported, contradicted, general-advice)");
	}

	@Test
	void parseFileWhenVerdictHasNoRationaleThenReportsVerdictLine() {
		ParseResult result = parseFile("articles/a.md", ARTICLE_FRONT_MATTER + """
				> [!claim] oxide-helps
				> Magnesium oxide helps.
				>
				> - topics: insomnia
				> - verdict: limited
				> - supports: [@abbasi-2012]
				""");
		assertThat(messages(result)).containsExactly(
				"articles/a.md:10: verdict of claim `oxide-helps` needs a rationale: `- verdict: limited: why`");
	}

	@Test
	void parseWhenClaimHasNoTopicThenReportsClaimLine() {
		assertThat(errorsOf("claim-without-topic"))
			.containsExactly("articles/no-topic.md:6: claim `oxide-helps` needs at least one topic (`- topics: slug`)");
	}

	@Test
	void parseWhenClaimCitesNothingThenReportsClaimLine() {
		assertThat(errorsOf("claim-without-citation")).containsExactly("articles/no-citation.md:6: claim"
				+ " `oxide-helps` cites nothing; add at least one of `- supports:`, `- contradicts:`, `- asserted-by:`"
				+ " or `- mis-cited-by:`");
	}

	@Test
	void parseFileWhenClaimCitesKeyTwiceThenReportsSecondUse() {
		ParseResult result = parseFile("articles/a.md", ARTICLE_FRONT_MATTER + """
				> [!claim] oxide-helps
				> Magnesium oxide helps.
				>
				> - topics: insomnia
				> - verdict: mixed: trials disagree
				> - supports: [@abbasi-2012]
				> - contradicts: [@abbasi-2012: the same trial]
				""");
		assertThat(messages(result)).containsExactly("articles/a.md:12: claim `oxide-helps` cites `abbasi-2012` more"
				+ " than once; keep one citation with one role");
	}

	@Test
	void parseFileWhenClaimIdMalformedThenReportsMarkerLine() {
		ParseResult result = parseFile("articles/a.md", ARTICLE_FRONT_MATTER + """
				> [!claim] Oxide_Helps
				> Magnesium oxide helps.
				>
				> - topics: insomnia
				> - verdict: limited: one trial
				> - supports: [@abbasi-2012]
				""");
		assertThat(messages(result)).containsExactly("articles/a.md:6: claim id `Oxide_Helps` is not well-formed; use"
				+ " lowercase letters, digits and single hyphens");
	}

	@Test
	void parseFileWhenDisagreementHasOneClaimThenReportsClaimsLine() {
		ParseResult result = parseFile("articles/a.md", ARTICLE_FRONT_MATTER + """
				> [!disagreement] timing
				> How long before bed?
				>
				> - claims: only-one
				""");
		assertThat(messages(result)).containsExactly("articles/a.md:9: disagreement `timing` needs at least two"
				+ " claims (`- claims: first-id, second-id`)");
	}

	@Test
	void parseFileWhenCalloutTypeUnknownThenListsTypes() {
		ParseResult result = parseFile("articles/a.md", ARTICLE_FRONT_MATTER + """
				> [!claims] oxide-helps
				> Magnesium oxide helps.
				""");
		assertThat(messages(result)).containsExactly("articles/a.md:6: unknown block type `claims`; did you mean"
				+ " `claim`? (allowed: claim, dosages, disagreement, note, tip, important, warning, caution)");
	}

	@Test
	void parseFileWhenTimingInMinutesThenReadsRange() {
		assertThat(timingOf("30-60 min before bed")).isEqualTo(new ParsedDosage.Timing(30, 60, "30-60 min before bed"));
	}

	@Test
	void parseFileWhenTimingInHoursThenConvertsToMinutes() {
		assertThat(timingOf("1-2 h before bed")).isEqualTo(new ParsedDosage.Timing(60, 120, "1-2 h before bed"));
		assertThat(timingOf("1 h before bed")).isEqualTo(new ParsedDosage.Timing(60, 60, "1 h before bed"));
	}

	@Test
	void parseFileWhenTimingUnreadableThenReportsRowLine() {
		ParseResult result = parseFile("articles/a.md",
				dosageArticle("| adults | 300 mg/day | rda | [@x] | at bedtime |"));
		assertThat(messages(result)).containsExactly("articles/a.md:9: cannot read timing `at bedtime`; write for"
				+ " example `30-60 min before bed` or `1-2 h before bed`, or leave it empty");
	}

	@Test
	void parseFileWhenTimingBeyondOneDayThenReportsItInsteadOfOverflowing() {
		ParseResult result = parseFile("articles/a.md",
				dosageArticle("| adults | 300 mg/day | rda | [@x] | 99999999999 min before bed |"));
		assertThat(messages(result))
			.containsExactly("articles/a.md:9: timing `99999999999 min before bed` is more than 24 h before bed");
	}

	@Test
	void parseFileWhenAmountInGramsOrMillimolesThenConvertsToMilligrams() {
		ParseResult result = parseFile("articles/a.md", dosageArticle("| adults | 1 g/day | rda | [@x] | |",
				"| adults | 12.4 mmol/day | rda | [@x] | |", "| adults | 0.2-0.4 g/d | rda | [@x] | |"));
		assertThat(result.errors()).isEmpty();
		assertThat(result.knowledgeBase().dosages()).extracting(ParsedDosage::minMg, ParsedDosage::maxMg)
			.containsExactly(tuple(1000.0, 1000.0), tuple(301.4, 301.4), tuple(200.0, 400.0));
	}

	@Test
	void parseFileWhenDosageTableHasNoSeparatorRowThenReportsItInsteadOfDroppingARow() {
		ParseResult result = parseFile("articles/a.md", ARTICLE_FRONT_MATTER + """
				> [!dosages]
				> | population | amount | purpose | sources |
				> | adults | 300 mg/day | rda | [@x] |
				> | adults | 400 mg/day | rda | [@x] |
				""");
		assertThat(messages(result)).containsExactly("articles/a.md:8: the row after the header must be the separator"
				+ " `|---|---|`, one `---` per column; without it the table is not a table");
	}

	@Test
	void parseFileWhenDosageColumnUnknownThenSuggestsColumn() {
		ParseResult result = parseFile("articles/a.md", ARTICLE_FRONT_MATTER + """
				> [!dosages]
				> | population | amount | purpose | source |
				> |---|---|---|---|
				> | adults | 300 mg/day | rda | [@x] |
				""");
		assertThat(messages(result)).containsExactly("articles/a.md:7: dosage table needs a `sources` column",
				"articles/a.md:7: unknown column `source`; did you mean `sources`? (allowed: population, amount,"
						+ " purpose, form, timing, sources, note)");
	}

	@Test
	void parseFileWhenDosageRowHasWrongCellCountThenReportsRow() {
		ParseResult result = parseFile("articles/a.md", dosageArticle("| adults | 300 mg/day | [@x] |"));
		assertThat(messages(result)).containsExactly("articles/a.md:9: row has 3 cells but the header has 5");
	}

	@Test
	void parseFileWhenPopulationAndPurposeUnknownThenSuggestsBoth() {
		ParseResult result = parseFile("articles/a.md", ARTICLE_FRONT_MATTER + """
				> [!dosages]
				> | population | amount | purpose | sources |
				> |---|---|---|---|
				> | adult | 300 mg/day | sleep | [@x] |
				""");
		assertThat(result.errors()).extracting(ContentError::line).containsExactly(9, 9);
		assertThat(messages(result))
			.anySatisfy((m) -> assertThat(m).contains("unknown population `adult`; did you" + " mean `adults`?"))
			.anySatisfy((m) -> assertThat(m)
				.contains("unknown purpose `sleep` (allowed: rda, upper-limit," + " sleep-support, study-dose)"));
	}

	@Test
	void parseFileWhenProseCitationUnreadableThenReportsItsLine() {
		ParseResult result = parseFile("forms/oxide.md",
				"---\nname: Oxide\n---\nFirst line.\nSee [@; @abbasi-2012].\n");
		assertThat(messages(result))
			.containsExactly("forms/oxide.md:5: cannot read citation `@`; write `[@key]` or `[@a; @b]`");
	}

	@Test
	void parseFileWhenLinkIsNeitherSitePathNorWebAddressThenReportsIt() {
		ParseResult result = parseFile("forms/oxide.md", "---\nname: Oxide\n---\n[click](javascript:alert(1))\n");
		assertThat(messages(result)).containsExactly("forms/oxide.md:4: link `javascript:alert(1)` is neither a site"
				+ " path (`/claims/...`) nor an http(s) address");
	}

	@Test
	void parseFileWhenCitationsInsideCodeFenceThenIgnoresThem() {
		ParseResult result = parseFile("forms/oxide.md", """
				---
				name: Oxide
				---
				```
				[@not-a-citation] <b>not html either</b>
				```
				""");
		assertThat(result.errors()).isEmpty();
		assertThat(result.knowledgeBase().forms().get(0).body().citations()).isEmpty();
	}

	@Test
	void parseFileWhenReferenceFieldsInvalidThenReportsEachOnItsLine() {
		ParseResult result = parseFile("references/refs.md", """
				---
				references:
				- id: Abbasi_2012
				  type: article-journal
				  title: A trial
				  design: rtc
				  status: checked
				  DOI: doi.org/10.1/x
				  participants: many
				  URL: www.example.com
				  issued: {date-parts: [[twenty, 12]]}
				---
				""");
		assertThat(result.errors()).extracting(ContentError::line).containsExactly(3, 6, 7, 8, 9, 10, 11);
		assertThat(messages(result)).contains(
				"references/refs.md:3: reference id `Abbasi_2012` is not well-formed; use lowercase letters, digits"
						+ " and hyphens",
				"references/refs.md:8: DOI `doi.org/10.1/x` is not well-formed; write it like `10.1234/abc`",
				"references/refs.md:9: `participants` must be a whole number, not `many`",
				"references/refs.md:10: URL `www.example.com` must start with https:// or http://",
				"references/refs.md:11: date part `twenty` must be a number");
		assertThat(messages(result)).anySatisfy((m) -> assertThat(m)
			.startsWith("references/refs.md:6: unknown design" + " `rtc`; did you mean `rct`?"));
	}

	@Test
	void parseFileWhenMessageWouldQuoteSeveralLinesThenKeepsItOnOneLine() {
		ParseResult result = parseFile("articles/a.md", """
				---
				title: T
				summary: S
				last-reviewed: |
				  2026-11-20
				  or later
				---
				""");
		assertThat(messages(result)).containsExactly(
				"articles/a.md:4: `last-reviewed` must be a date like 2026-11-23, not `2026-11-20 or later`");
	}

	@Test
	void parseWhenSeveralFilesHaveErrorsThenReportsAllSortedByFileThenLine() {
		ParseResult result = this.parser.parse(ContentFixtures.folder("many-errors"));
		assertThat(result.errors()).extracting(ContentError::toString)
			.containsExactly("articles/evidence.md:7: unknown citation key `abasi-2012`; did you mean `abbasi-2012`?",
					"articles/evidence.md:13: unknown verdict `proven` (allowed: supported, limited, mixed,"
							+ " unsupported, contradicted, general-advice)",
					"articles/evidence.md:19: unknown unit `tsp` in amount `5 tsp/day`; use mg, g or mmol (of"
							+ " elemental magnesium)",
					"articles/review.md:4: `last-reviewed` must be a date like 2026-11-23, not `2026-11-31`",
					"articles/review.md:6: duplicate claim id `oxide-helps`; first defined at"
							+ " articles/evidence.md:9; claim ids must be unique across the knowledge base",
					"forms/oxide.md:1: form page /forms/oxide has no bottom line; open its body with `> [!bottom-line]` and the answer"
							+ " in plain words, every sentence linking to a claim",
					"forms/oxide.md:4: raw HTML is not allowed (`</em>`); write Markdown instead",
					"forms/oxide.md:4: raw HTML is not allowed (`<em>`); write Markdown instead",
					"home.md:1: the home page's bottom line is missing: add `home.md` with a `question:` in its front matter"
							+ " and a `> [!bottom-line]` block",
					"notes.md:1: file is outside the known folders; move it into one of articles, forms, topics,"
							+ " references (only `synonyms.md` and `home.md` stand at the top)",
					"references/studies.md:6: unknown design `trial` (allowed: meta-analysis, systematic-review,"
							+ " rct, crossover-rct, open-label, cohort, cross-sectional, animal, mechanistic,"
							+ " narrative-review, reference-report, book-chapter, web-article, unknown)",
					"references/studies.md:8: PMID `PMC3703169` is not well-formed; write it like `23853635`",
					"topics/insomnia.md:1: topic page /topics/insomnia has no bottom line; open its body with `> [!bottom-line]` and the answer"
							+ " in plain words, every sentence linking to a claim",
					"topics/insomnia.md:5: broken link `/claims/oxide-help`: unknown claim `oxide-help`; did you"
							+ " mean `oxide-helps`?",
					"topics/sleep-quality.md:1: front matter opened with `---` is never closed; add a line `---`"
							+ " after the last key");
		assertThat(result.valid()).isFalse();
	}

	@Test
	void parseWhenFolderMissingThenReportsIt() {
		ParseResult result = this.parser.parse(this.temp.resolve("nowhere"));
		assertThat(result.errors()).singleElement().satisfies((error) -> {
			assertThat(error.line()).isEqualTo(1);
			assertThat(error.message()).startsWith("content folder does not exist");
		});
	}

	private ParsedKnowledgeBase parseValid() {
		ParseResult result = this.parser.parse(ContentFixtures.folder("valid"));
		assertThat(result.errors()).isEmpty();
		return result.knowledgeBase();
	}

	private ParseResult parseValidWith(String brokenCase) {
		return this.parser.parse(ContentFixtures.validWith(brokenCase, this.temp));
	}

	private List<String> errorsOf(String brokenCase) {
		return messages(parseValidWith(brokenCase));
	}

	private ParseResult parseFile(String path, String text) {
		return this.parser.parseFile(path, text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> messages(ParseResult result) {
		return result.errors().stream().map(ContentError::toString).toList();
	}

	private ParsedDosage.Timing timingOf(String timing) {
		ParseResult result = parseFile("articles/a.md",
				dosageArticle("| adults | 300 mg/day | rda | [@x] | " + timing + " |"));
		assertThat(result.errors()).isEmpty();
		return result.knowledgeBase().dosages().findFirst().orElseThrow().timing();
	}

	/** An article with one dosage table: population, amount, purpose, sources, timing. */
	private static String dosageArticle(String... rows) {
		StringBuilder article = new StringBuilder(ARTICLE_FRONT_MATTER);
		article
			.append("> [!dosages]\n> | population | amount | purpose | sources | timing |\n> |---|---|---|---|---|\n");
		for (String row : rows) {
			article.append("> ").append(row).append('\n');
		}
		return article.toString();
	}

}
