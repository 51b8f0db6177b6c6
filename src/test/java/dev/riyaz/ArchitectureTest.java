package dev.riyaz;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Which package may use which: each package only uses packages below it, so it can be read without those above. */
class ArchitectureTest {

    /** Low to high. Packages on one level sit side by side and do not use each other. */
    private static final List<List<String>> LEVELS = List.of(
            List.of("common"),
            List.of("account"),
            List.of("mail"),
            List.of("push"),
            List.of("goal"),
            List.of("practice"),
            List.of("progress"),
            List.of("resource"),
            List.of("reminder"),
            List.of("circle"),
            List.of("transfer", "share", "calendar", "githook"),
            List.of("web"));

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.riyaz");
    }

    @Test
    void everyPackageUsesOnlyPackagesBelowIt() {
        LayeredArchitecture layers = layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (List<String> level : LEVELS) {
            for (String name : level) {
                layers = layers.layer(name).definedBy("dev.riyaz." + name + "..");
            }
        }
        for (int i = 0; i < LEVELS.size(); i++) {
            String[] above = LEVELS.subList(i + 1, LEVELS.size()).stream()
                    .flatMap(List::stream)
                    .toArray(String[]::new);
            for (String name : LEVELS.get(i)) {
                layers = above.length == 0
                        ? layers.whereLayer(name).mayNotBeAccessedByAnyLayer()
                        : layers.whereLayer(name).mayOnlyBeAccessedByLayers(above);
            }
        }
        layers.check(classes);
    }

    @Test
    void packagesDoNotUseEachOtherInACircle() {
        slices().matching("dev.riyaz.(*)..").should().beFreeOfCycles().check(classes);
    }
}
