package org.beacon.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The business modules, each with the class that registers it, so none can be silently missing.
   */
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
      return Arrays.stream(values())
          .filter(m -> m != this)
          .map(m -> m.packages)
          .toArray(String[]::new);
    }

    static String[] all() {
      return Arrays.stream(values()).map(m -> m.packages).toArray(String[]::new);
    }
  }

  @Test
  void theRulesSeeThePlatformAndEveryBusinessModule() {
    assertThat(beacon.stream().map(JavaClass::getName))
        .contains(PlatformModule.class.getName())
        .contains(
            Arrays.stream(BusinessModule.values())
                .map(m -> m.descriptor.getName())
                .toArray(String[]::new))
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
        .because(
            "business modules meet through the engine or through CDI events declared in the platform")
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
        .check(beacon);
  }

  /**
   * Inside each business module the layers point one way: web uses application, application uses
   * domain; domain knows neither, application knows no web, and infrastructure (JPA, engine steps,
   * exports) plugs in from outside, so neither domain nor web names it.
   */
  @ParameterizedTest
  @EnumSource(BusinessModule.class)
  void theLayersOfAModulePointFromWebThroughApplicationToDomain(BusinessModule module) {
    String base = module.packages.substring(0, module.packages.length() - 2);
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage(module.packages)
        // The module's descriptor registers its resources and beans with the platform.
        .layer("Descriptor")
        .definedBy(base)
        .layer("Web")
        .definedBy(base + ".web..")
        .layer("Application")
        .definedBy(base + ".application..")
        .layer("Domain")
        .definedBy(base + ".domain..")
        .layer("Infrastructure")
        .definedBy(base + ".infrastructure..")
        .whereLayer("Web")
        .mayOnlyBeAccessedByLayers("Descriptor")
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Web", "Infrastructure")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Web", "Application", "Infrastructure")
        .whereLayer("Infrastructure")
        .mayOnlyBeAccessedByLayers("Application", "Descriptor")
        .check(beacon);
  }

  /**
   * A web resource answers with view records the application layer builds: an entity in a web
   * package would put lazy loading, setters and every column in reach of a JSON writer.
   */
  @Test
  void noWebPackageUsesAnEntity() {
    noClasses()
        .that()
        .resideInAPackage("org.beacon..web..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(Entity.class)
        .because("application services return view records, never entities, to the web layer")
        .check(beacon);
  }

  /**
   * Each module declares its own persistent classes in {@code META-INF/orm-<module>.xml}, and the
   * one persistence unit names those files, never a class: a new entity that its module forgets to
   * declare would be silently unknown to Hibernate until the first query failed.
   */
  @Test
  void everyPersistentClassIsDeclaredByItsOwnModuleAndTheUnitNamesOnlyTheModulesFiles()
      throws Exception {
    String unit = resource("META-INF/persistence.xml");
    assertThat(unit).doesNotContain("<class>");
    Map<String, String> mappingFiles = new LinkedHashMap<>();
    mappingFiles.put("org.beacon.platform", "META-INF/orm-platform.xml");
    mappingFiles.put("org.beacon.incidents", "META-INF/orm-incidents.xml");
    mappingFiles.put("org.beacon.allegations", "META-INF/orm-staff-allegations.xml");
    mappingFiles.put("org.beacon.filtering", "META-INF/orm-filtering-reports.xml");
    mappingFiles.put("org.beacon.governance", "META-INF/orm-governor-reporting.xml");
    mappingFiles.put("org.beacon.records", "META-INF/orm-school-records.xml");
    assertThat(mappingFiles.keySet())
        .as("every business module has a mapping file")
        .contains(
            Arrays.stream(BusinessModule.values())
                .map(m -> m.packages.replace("..", ""))
                .toArray(String[]::new));
    mappingFiles.forEach(
        (pkg, file) -> {
          assertThat(unit)
              .as("persistence.xml names " + file)
              .contains("<mapping-file>" + file + "</mapping-file>");
          String mapping = resource(file);
          List<String> persistent =
              beacon.stream()
                  .filter(c -> c.getPackageName().startsWith(pkg))
                  .filter(
                      c ->
                          c.isAnnotatedWith(Entity.class)
                              || c.isAnnotatedWith(Embeddable.class)
                              || c.isAnnotatedWith(Converter.class))
                  .map(JavaClass::getName)
                  .toList();
          assertThat(persistent).as("persistent classes of " + pkg).isNotEmpty();
          assertThat(persistent)
              .allSatisfy(name -> assertThat(mapping).as(file).contains("class=\"" + name + "\""));
          assertThat(mapping.split("class=\"", -1))
              .as(file + " declares no other class")
              .hasSize(persistent.size() + 1);
        });
  }

  private static String resource(String name) {
    try (InputStream in = ModuleBoundariesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
