package com.mgsleep.kb.content.markdown;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The parser stays pure (the JDK, flexmark and SnakeYAML only), so it can run without the
 * application; the feature packages know nothing of the content import or the web
 * configuration.
 */
@AnalyzeClasses(packages = "com.mgsleep.kb", importOptions = ImportOption.DoNotIncludeTests.class)
class ParserArchitectureTests {

	@ArchTest
	static final ArchRule parserDependsOnlyOnJdkFlexmarkAndSnakeYaml = classes().that()
		.resideInAPackage("com.mgsleep.kb.content.markdown..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "com.vladsch.flexmark..", "org.yaml.snakeyaml..",
				"com.mgsleep.kb.content.markdown..");

	@ArchTest
	static final ArchRule featurePackagesDoNotDependOnContentOrWeb = noClasses().that()
		.resideInAnyPackage("com.mgsleep.kb.claim..", "com.mgsleep.kb.citation..", "com.mgsleep.kb.form..",
				"com.mgsleep.kb.topic..", "com.mgsleep.kb.dosage..", "com.mgsleep.kb.article..",
				"com.mgsleep.kb.disagreement..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.mgsleep.kb.content..", "com.mgsleep.kb.web..");

}
