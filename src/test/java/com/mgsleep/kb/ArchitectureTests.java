package com.mgsleep.kb;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package layers: dependencies point one way, from the pages through the model to the
 * vocabulary; the parser and the evidence analysis are plain Java.
 */
@AnalyzeClasses(packages = "com.mgsleep.kb",
		importOptions = { ImportOption.DoNotIncludeTests.class, ArchitectureTests.NotGeneratedByAot.class })
class ArchitectureTests {

	@ArchTest
	static final ArchRule packagesAreFreeOfCycles = slices().matching("com.mgsleep.kb.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule pageFamiliesAreFreeOfCycles = slices().matching("com.mgsleep.kb.web.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule parserDependsOnlyOnJdkFlexmarkSnakeYamlAndVocabulary = classes().that()
		.resideInAPackage("com.mgsleep.kb.content.markdown..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "com.vladsch.flexmark..", "org.yaml.snakeyaml..",
				"com.mgsleep.kb.content.markdown..", "com.mgsleep.kb.vocabulary..");

	@ArchTest
	static final ArchRule evidenceAndVocabularyArePlainJava = classes().that()
		.resideInAnyPackage("com.mgsleep.kb.evidence..", "com.mgsleep.kb.vocabulary..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "com.mgsleep.kb.evidence..", "com.mgsleep.kb.vocabulary..");

	@ArchTest
	static final ArchRule onlyPagesUseSpringMvcAndServlets = noClasses().that()
		.resideOutsideOfPackage("com.mgsleep.kb.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web..", "org.springframework.ui..", "org.springframework.http..",
				"jakarta.servlet..", "org.thymeleaf..");

	@ArchTest
	static final ArchRule nothingDependsOnPagesOrTheImport = noClasses().that()
		.resideOutsideOfPackages("com.mgsleep.kb.web..", "com.mgsleep.kb.content..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.mgsleep.kb.web..", "com.mgsleep.kb.content..");

	@ArchTest
	static final ArchRule pagesDoNotUseTheImport = noClasses().that()
		.resideInAPackage("com.mgsleep.kb.web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.mgsleep.kb.content..");

	/**
	 * Pages must be the same bytes on every instance: {@code Map.of} iterates in an order
	 * that changes from one JVM to the next, so the JSON written into pages never uses
	 * it.
	 */
	@ArchTest
	static final ArchRule structuredDataKeepsItsKeyOrder = noClasses().that()
		.haveSimpleName("StructuredData")
		.or()
		.haveSimpleName("SchemaWorks")
		.should()
		.callMethodWhere(JavaCall.Predicates
			.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(java.util.Map.class)))
			.and(JavaCall.Predicates.target(HasName.Predicates.name("of").or(HasName.Predicates.name("ofEntries")))));

	/**
	 * Spring AOT ({@code -Pfast-start}) writes its generated bean definitions
	 * ({@code KnowledgeBaseApplication__BeanFactoryRegistrations} and the like) beside
	 * the compiled classes; they register every bean, so they depend on every package by
	 * design.
	 */
	static final class NotGeneratedByAot implements ImportOption {

		@Override
		public boolean includes(Location location) {
			return !location.contains("__");
		}

	}

}
