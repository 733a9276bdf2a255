package org.beacon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.beans.Introspector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.beacon.platform.api.Role;
import org.beacon.platform.config.BeaconSettings;
import org.beacon.platform.models.DelegateBeans;
import org.beacon.platform.models.ModelCheck;
import org.beacon.platform.models.ModelRules;
import org.beacon.platform.models.ModelType;
import org.beacon.platform.models.ModelValidator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.impl.DmnModelConstants;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lints every BPMN and DMN model in the repository's {@code bpmn/} folder, without an engine: the
 * conventions of the house style that a model can break without any Java test noticing.
 */
class BpmnModelsTest {

  /**
   * Ids the Camunda Modeler makes up, e.g. {@code Activity_0x9abcd}; readable ids say what they
   * are.
   */
  private static final Pattern GENERATED_ID = Pattern.compile("^[A-Za-z]+_[0-9a-z]{7}$");

  /** The Modeler's numbered defaults, e.g. {@code StartEvent_1}, {@code Process_1}. */
  private static final Pattern NUMBERED_ID = Pattern.compile("^[A-Za-z]+_[0-9]+$");

  /**
   * The engine keeps model ids in 64-character columns ({@code ACT_HI_DEC_OUT.RULE_ID_}, {@code
   * ACT_HI_ACTINST.ACT_ID_}, ...): a longer id deploys, then fails at run time, and only where
   * history is written.
   */
  private static final int ENGINE_ID_LENGTH = 64;

  private static final Pattern BEAN_EXPRESSION =
      Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");

  /**
   * A candidate group decided per instance by a process variable holding a role id, e.g. {@code
   * ${caseManagerGroup}} (the head, or the chair when the head is accused). Only a bare variable:
   * no other expression may choose who sees a task.
   */
  private static final Pattern GROUP_VARIABLE = Pattern.compile("^\\$\\{[A-Za-z_][A-Za-z0-9_]*}$");

  private static final Set<String> ROLE_IDS =
      Arrays.stream(Role.values()).map(Role::id).collect(Collectors.toUnmodifiableSet());

  /**
   * Elements that may run a Java class ({@code camunda:class}) or a script, as {@code
   * "folder/File.bpmn#elementId"} with the reason. Delegates are CDI beans named in a {@code
   * camunda:delegateExpression}, so that they can be injected and tested; none needs an exception
   * yet.
   */
  private static final Map<String, String> CLASS_OR_SCRIPT_ALLOWED = Map.of();

  /** One model file, named by its path below {@code bpmn/}. */
  record Model(String name, Path file) {

    String id() {
      String fileName = file.getFileName().toString();
      return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    boolean isDmn() {
      return name.endsWith(".dmn");
    }

    ModelInstance read() {
      return isDmn() ? Dmn.readModelFromFile(file.toFile()) : Bpmn.readModelFromFile(file.toFile());
    }

    /** What the engine deploys under a key: executable processes, or decisions. */
    Set<String> keys() {
      ModelInstance model = read();
      if (model instanceof DmnModelInstance dmn) {
        return dmn.getModelElementsByType(Decision.class).stream()
            .map(Decision::getId)
            .collect(Collectors.toCollection(TreeSet::new));
      }
      return ((BpmnModelInstance) model)
          .getModelElementsByType(Process.class).stream()
              .filter(Process::isExecutable)
              .map(Process::getId)
              .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Model> models() throws IOException {
    Path root = modelsRoot();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn"))
          .map(f -> new Model(root.relativize(f).toString().replace('\\', '/'), f))
          .sorted((a, b) -> a.name().compareTo(b.name()))
          .toList()
          .stream();
    }
  }

  static Stream<Model> bpmnModels() throws IOException {
    return models().filter(m -> !m.isDmn());
  }

  private static Path modelsRoot() {
    return Path.of(System.getProperty("beacon.bpmn.dir", "../../bpmn"))
        .toAbsolutePath()
        .normalize();
  }

  @Test
  void theModelFolderHoldsTheModels() throws IOException {
    assertThat(modelsRoot()).isDirectory();
    assertThat(models())
        .extracting(Model::name)
        .contains("incidents/IncidentResponseProcess.bpmn", "platform/StandInChain.dmn")
        .as("the sample process is a test resource, never deployed to a school")
        .doesNotContain("platform/PlatformSampleProcess.bpmn");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void theModelIsNamedAfterItsFile(Model model) {
    Set<String> keys = model.keys();

    if (model.isDmn()) {
      assertThat(keys).as("decision ids in %s", model).contains(model.id());
    } else {
      assertThat(keys).as("executable process ids in %s", model).containsExactly(model.id());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void itsProcessAndDecisionIdsAreUsedByNoOtherModel(Model model) throws IOException {
    Set<String> keys = model.keys();
    Map<String, String> clashes = new TreeMap<>();
    for (Model other : models().filter(m -> !m.file().equals(model.file())).toList()) {
      other.keys().stream().filter(keys::contains).forEach(key -> clashes.put(key, other.name()));
    }

    assertThat(clashes).as("ids of %s that another model also uses", model).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyExecutableProcessAndDecisionHasAHistoryTimeToLive(Model model) {
    ModelInstance instance = model.read();
    List<String> without = new ArrayList<>();
    if (instance instanceof DmnModelInstance dmn) {
      dmn.getModelElementsByType(Decision.class).stream()
          .filter(d -> d.getCamundaHistoryTimeToLiveString() == null)
          .forEach(d -> without.add(d.getId()));
    } else {
      instance.getModelElementsByType(Process.class).stream()
          .filter(Process::isExecutable)
          .filter(p -> p.getCamundaHistoryTimeToLiveString() == null)
          .forEach(p -> without.add(p.getId()));
    }

    assertThat(without)
        .as("processes and decisions without camunda:historyTimeToLive in %s", model)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnModels")
  void everyUserTaskIsOfferedToBeaconRoles(Model model) {
    Map<String, String> problems = new TreeMap<>();
    for (UserTask task : model.read().getModelElementsByType(UserTask.class)) {
      String groups = task.getCamundaCandidateGroups();
      if (groups == null || groups.isBlank()) {
        problems.put(task.getId(), "has no camunda:candidateGroups");
        continue;
      }
      List<String> unknown =
          Arrays.stream(groups.split(","))
              .map(String::trim)
              .filter(g -> !ROLE_IDS.contains(g) && !GROUP_VARIABLE.matcher(g).matches())
              .toList();
      if (!unknown.isEmpty()) {
        problems.put(
            task.getId(),
            "names "
                + unknown
                + ", which are neither roles "
                + new TreeSet<>(ROLE_IDS)
                + " nor a ${variable}");
      }
    }

    assertThat(problems).as("user tasks in %s", model).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void noIdLooksGeneratedByTheModeler(Model model) {
    List<String> generated =
        elements(model).stream()
            .map(e -> e.getAttribute("id"))
            .filter(id -> id != null)
            .filter(id -> GENERATED_ID.matcher(id).matches() || NUMBERED_ID.matcher(id).matches())
            .toList();

    assertThat(generated).as("modeler-generated ids in %s", model).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyIdFitsTheEnginesIdColumns(Model model) {
    Map<String, Integer> tooLong = new TreeMap<>();
    for (DomElement element : elements(model)) {
      String id = element.getAttribute("id");
      if (id != null && id.length() > ENGINE_ID_LENGTH) {
        tooLong.put(id, id.length());
      }
    }

    assertThat(tooLong)
        .as("ids in %s longer than the engine's %d-character id columns", model, ENGINE_ID_LENGTH)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyDelegateExpressionNamesABeaconBeanOfTheRightKind(Model model) {
    Map<String, JavaClass> beans = namedBeans();
    Map<String, String> problems = new TreeMap<>();
    for (DomElement element : elements(model)) {
      String expression = element.getAttribute(camundaNamespace(model), "delegateExpression");
      if (expression == null) {
        continue;
      }
      String where = describe(element);
      Matcher bean = BEAN_EXPRESSION.matcher(expression.trim());
      if (!bean.matches()) {
        problems.put(where, expression + " is not of the form ${beanName}");
        continue;
      }
      JavaClass type = beans.get(bean.group(1));
      if (type == null) {
        problems.put(where, "no class in org.beacon is @Named(\"" + bean.group(1) + "\")");
        continue;
      }
      List<String> expected = expectedTypes(element);
      if (expected.stream().noneMatch(type::isAssignableTo)) {
        problems.put(where, type.getName() + " is none of " + expected);
      }
    }

    assertThat(problems).as("delegate expressions in %s", model).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void noElementRunsAJavaClassOrAScriptDirectly(Model model) {
    String camunda = camundaNamespace(model);
    List<String> found = new ArrayList<>();
    for (DomElement element : elements(model)) {
      boolean javaClass = element.getAttribute(camunda, "class") != null;
      boolean script =
          "scriptTask".equals(element.getLocalName())
              || ("script".equals(element.getLocalName())
                  && camunda.equals(element.getNamespaceURI()))
              || ("conditionExpression".equals(element.getLocalName())
                  && element.getAttribute("language") != null);
      if ((javaClass || script)
          && !CLASS_OR_SCRIPT_ALLOWED.containsKey(model.name() + "#" + nearestId(element))) {
        found.add(describe(element) + (javaClass ? " uses camunda:class" : " runs a script"));
      }
    }

    assertThat(found).as("Java classes and scripts in %s", model).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyModelPassesTheChecksBeaconDeploysItWith(Model model) throws IOException {
    if (beanTypes == null) {
      beanTypes = beanTypes();
    }
    ModelValidator validator =
        new ModelValidator(
            new ModelRules(BeaconSettings.DEFAULT_MODELS_MAX_BYTES, false), beanTypes);

    ModelCheck check =
        validator.check(
            model.isDmn() ? ModelType.DMN : ModelType.BPMN,
            Files.readString(model.file(), StandardCharsets.UTF_8));

    assertThat(check.problems()).as("what the model rules refuse in %s", model).isEmpty();
  }

  /** Read once per class: importing Beacon's classes takes seconds. */
  private static DelegateBeans beanTypes;

  /** Beacon's named beans with their types, as CDI finds them: classes and producer methods. */
  private static DelegateBeans beanTypes() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.beacon");
    Map<String, Set<Class<?>>> beans = new TreeMap<>();
    namedBeans().forEach((name, type) -> beans.put(name, typesOf(type.reflect())));
    for (JavaClass type : classes) {
      for (JavaMethod method : type.getMethods()) {
        if (method.isAnnotatedWith("jakarta.enterprise.inject.Produces")) {
          method
              .tryGetAnnotationOfType("jakarta.inject.Named")
              .flatMap(named -> named.get("value").map(Object::toString))
              .ifPresent(name -> beans.put(name, typesOf(method.getRawReturnType().reflect())));
        }
      }
    }
    return name -> Optional.ofNullable(beans.get(name));
  }

  private static Set<Class<?>> typesOf(Class<?> type) {
    Set<Class<?>> types = new HashSet<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      types.add(c);
      types.addAll(Arrays.asList(c.getInterfaces()));
    }
    return types;
  }

  /** Every {@code @Named} class in Beacon's main code, by bean name. */
  private static Map<String, JavaClass> namedBeans() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.beacon");
    Map<String, JavaClass> beans = new TreeMap<>();
    for (JavaClass type : classes) {
      type.tryGetAnnotationOfType("jakarta.inject.Named")
          .ifPresent(
              named -> {
                String value = named.get("value").map(Object::toString).orElse("");
                // CDI's default name: the simple class name with its first letter in lower case.
                beans.put(
                    value.isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : value,
                    type);
              });
    }
    return beans;
  }

  private static List<String> expectedTypes(DomElement element) {
    return switch (element.getLocalName()) {
      case "taskListener" -> List.of("org.camunda.bpm.engine.delegate.TaskListener");
      case "executionListener" -> List.of("org.camunda.bpm.engine.delegate.ExecutionListener");
      default ->
          List.of(
              "org.camunda.bpm.engine.delegate.JavaDelegate",
              "org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior");
    };
  }

  private static String camundaNamespace(Model model) {
    return model.isDmn() ? DmnModelConstants.CAMUNDA_NS : BpmnModelConstants.CAMUNDA_NS;
  }

  private static List<DomElement> elements(Model model) {
    List<DomElement> all = new ArrayList<>();
    collect(model.read().getDocument().getRootElement(), all);
    return all;
  }

  private static void collect(DomElement element, List<DomElement> all) {
    all.add(element);
    element.getChildElements().forEach(child -> collect(child, all));
  }

  private static String nearestId(DomElement element) {
    for (DomElement e = element; e != null; e = e.getParentElement()) {
      String id = e.getAttribute("id");
      if (id != null) {
        return id;
      }
    }
    return "?";
  }

  private static String describe(DomElement element) {
    String id = element.getAttribute("id");
    return id != null
        ? element.getLocalName() + " " + id
        : element.getLocalName() + " in " + nearestId(element);
  }
}
