package org.beacon.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.beacon.allegations.StaffAllegationsModule;
import org.beacon.filtering.FilteringReportsModule;
import org.beacon.governance.GovernorReportingModule;
import org.beacon.incidents.IncidentsModule;
import org.beacon.platform.PlatformModule;
import org.beacon.records.SchoolRecordsModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The module boundaries of the house style, over the main code of every module: business modules
 * meet only through the engine or CDI events declared in the platform, never by importing one
 * another, and the platform names none of them.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ModuleBoundariesTest {

  /** Imported once for all rules: reading the class files is the slow part. */
  private final JavaClasses beacon =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.beacon");

  /** The business modules, each with the class that registers it, so none can be silently missing. */
  enum BusinessModule {
    INCIDENTS("org.beacon.incidents..", IncidentsModule.class),
    STAFF_ALLEGATIONS("org.beacon.allegations..", StaffAllegationsModule.class),
    FILTERING_REPORTS("org.beacon.filtering..", FilteringReportsModule.class),
    GOVERNOR_REPORTING("org.beacon.governance..", GovernorReportingModule.class),
    SCHOOL_RECORDS("org.beacon.records..", SchoolRecordsModule.class);

    final String packages;
    final Class<?> descriptor;

    BusinessModule(String packages, Class<?> descriptor) {
      this.packages = packages;
      this.descriptor = descriptor;
    }

    String[] others() {
      return Arrays.stream(values()).filter(m -> m != this).map(m -> m.packages).toArray(String[]::new);
    }

    static String[] all() {
      return Arrays.stream(values()).map(m -> m.packages).toArray(String[]::new);
    }
  }

  @Test
  void theRulesSeeThePlatformAndEveryBusinessModule() {
    assertThat(beacon.stream().map(JavaClass::getName))
        .contains(PlatformModule.class.getName())
        .contains(Arrays.stream(BusinessModule.values()).map(m -> m.descriptor.getName()).toArray(String[]::new))
        .noneMatch(name -> name.endsWith("Test"));
  }

  @ParameterizedTest
  @EnumSource(BusinessModule.class)
  void aBusinessModuleDependsOnNoOtherBusinessModule(BusinessModule module) {
    noClasses()
        .that()
        .resideInAPackage(module.packages)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(module.others())
        .because("business modules meet through the engine or through CDI events declared in the platform")
        .check(beacon);
  }

  @Test
  void thePlatformDependsOnNoBusinessModule() {
    noClasses()
        .that()
        .resideInAPackage("org.beacon.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BusinessModule.all())
        .because("the platform finds modules through BeaconModule, so it never names one")
        .check(beacon);
  }

  @Test
  void thePlatformsPackagesDependOnEachOtherWithoutCycles() {
    slices().matching("org.beacon.platform.(*)..").should().beFreeOfCycles().check(beacon);
  }

  @Test
  void domainCodeUsesNoEngineNoJaxRsAndNoInfrastructure() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.camunda..", "jakarta.ws.rs..", "..infrastructure..")
        // No module has a domain package yet; the rule waits for the first one.
        .allowEmptyShould(true)
        .check(beacon);
  }
}
