package io.wocas.bridge;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The domain stays free of integration technology: Camel, mail and HTTP types live in the
 * adapters ({@code intake}, {@code salesforce}, {@code crm}, {@code web}) only.
 */
class ArchitectureTest {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.wocas.bridge");
	}

	@Test
	void domainPackagesDoNotDependOnCamel() {
		noClasses().that()
			.resideInAnyPackage("io.wocas.bridge.voice", "io.wocas.bridge.voice.tagging", "io.wocas.bridge.dossier",
					"io.wocas.bridge.committee")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.camel..", "jakarta.mail..", "org.springframework.web..")
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void domainDoesNotDependOnItsAdapters() {
		noClasses().that()
			.resideInAnyPackage("io.wocas.bridge.voice", "io.wocas.bridge.voice.tagging")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.wocas.bridge.voice.intake..", "io.wocas.bridge.voice.web..",
					"io.wocas.bridge.salesforce..")
			.check(classes);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("io.wocas.bridge.(*)..").should().beFreeOfCycles().check(classes);
	}

}
