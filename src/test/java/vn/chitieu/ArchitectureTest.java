package vn.chitieu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

@AnalyzeClasses(packages = "vn.chitieu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule feature_packages_are_free_of_cycles =
            slices().matching("vn.chitieu.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule repositories_are_private_to_their_feature =
            classes().that().areAssignableTo(Repository.class).should().notHaveModifier(JavaModifier.PUBLIC);

    @ArchTest
    static final ArchRule base_depends_on_no_feature =
            noClasses().that().resideInAPackage("vn.chitieu.base..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "vn.chitieu.indicator..", "vn.chitieu.datavalue..", "vn.chitieu.orgunit..",
                            "vn.chitieu.dashboard..", "vn.chitieu.security..", "vn.chitieu.demo..",
                            "vn.chitieu.audit..");

    @ArchTest
    static final ArchRule the_verdict_rules_are_plain_java =
            classes().that().resideInAPackage("vn.chitieu.evaluation..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(
                            "vn.chitieu.evaluation..", "java..", "org.jspecify..");

    @ArchTest
    static final ArchRule views_are_not_public_api =
            classes().that().resideInAPackage("..ui..").and().haveSimpleNameEndingWith("View")
                    .and().resideOutsideOfPackage("vn.chitieu.security.ui")
                    .should().notBePublic();
}
