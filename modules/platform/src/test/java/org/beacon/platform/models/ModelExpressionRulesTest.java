package org.beacon.platform.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.platform.models.DesignerModels.flow;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beacon.platform.api.WorkingDays;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules for what a model's expressions may do, and the engine's column sizes for its ids and
 * names.
 */
class ModelExpressionRulesTest {

  private static final String KEY = "DesignerReview";

  /** Beacon's beans, and one of the engine's services as camunda-engine-cdi names it. */
  private static final DelegateBeans BEANS =
      name ->
          Optional.ofNullable(
              Map.<String, Set<Class<?>>>of(
                      "platformNotifyDelegate",
                          Set.of(NotifyDelegate.class, JavaDelegate.class, Object.class),
                      "workingDays", Set.of(WorkingDays.class, Object.class),
                      "filteringSettings", Set.of(Settings.class, Object.class),
                      "runtimeService", Set.of(RuntimeService.class, Object.class),
                      "allegationDeadlines", Set.of(Settings.class, Object.class),
                      "someLibraryBean", Set.of(String.class, Object.class))
                  .get(name));

  private final ModelValidator validator =
      new ModelValidator(new ModelRules(1024 * 1024, false), BEANS);

  @Test
  void aMethodCallOnTheExecutionIsRefusedNamingTheElementAndAttribute() {
    String model =
        flow(
            KEY,
            "<bpmn:serviceTask id=\"$ID\" camunda:expression=\"${execution.getProcessEngineServices().getRuntimeService()}\"/>");

    Map<String, String> problems = validator.check(ModelType.BPMN, model).problems();

    assertThat(problems).containsOnlyKeys("Step_1");
    assertThat(problems.get("Step_1")).contains("serviceTask camunda:expression", "execution");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${someVariable.toString()}",
        "${platformNotifyDelegate.execute(null)}",
        "${currentUser()}",
        "${runtimeService}",
        "${runtimeService.createProcessInstanceQuery()}",
        "${someLibraryBean}",
        "${task.delete()}",
        "${variableScope}",
        "${x.class.classLoader}",
        "${x['class']}",
        "${x[computedName]}",
        "${dateTime().toString()}",
        "${now(1)}",
        "${workingDays.toString()}",
        "${execution.getVariable(name)}",
        "${execution.getVariable('a', 'b')}",
        "${execution.setVariable('a', 1)}"
      })
  void anExpressionThatCallsOrReachesTheEngineIsRefused(String expression) {
    String model =
        flow(KEY, "<bpmn:serviceTask id=\"$ID\" camunda:expression=\"" + expression + "\"/>");

    assertThat(validator.check(ModelType.BPMN, model).problems())
        .hasEntrySatisfying(
            "Step_1", reason -> assertThat(reason).contains("camunda:expression", expression));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${involves == 'staff'}",
        "${thresholdMet}",
        "${not empty reporter and count gt 2 || flag}",
        "${a.b.c == x['y'] ? 1 + 2 : -3}",
        "${dateTime().plusDays(28).toDate()}",
        "${now()}",
        "${workingDays.after(now(), 2)}",
        "${workingDays.after(referralClockStartedAt, 1)}",
        "${recommendedSanctions.contains('Warning')}",
        "${filteringSettings.reviewCycle}",
        "${execution.getVariable('changeRequestId') != null}",
        "${allegationDeadlines.due('hearing', now())}"
      })
  void whatTheShippedModelsWriteIsAllowed(String expression) {
    String model =
        flow(
            KEY,
            "<bpmn:userTask id=\"$ID\" camunda:candidateGroups=\"dsl\" camunda:dueDate=\""
                + expression
                + "\"/>");

    assertThat(validator.check(ModelType.BPMN, model).problems()).isEmpty();
  }

  @Test
  void conditionsTimersAndInputParametersAreCheckedToo() {
    String model =
        flow(
            KEY,
            """
            <bpmn:userTask id="$ID" camunda:candidateGroups="dsl">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="engine">${execution.getProcessEngine()}</camunda:inputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:userTask>""",
            """
            <bpmn:intermediateCatchEvent id="$ID">
              <bpmn:timerEventDefinition id="TimerDefinition_$ID">
                <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${runtimeService.toString()}</bpmn:timeDuration>
              </bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>""");

    Map<String, String> problems = validator.check(ModelType.BPMN, model).problems();

    assertThat(problems).containsKeys("Step_1", "TimerDefinition_Step_2");
    assertThat(problems.get("Step_1")).contains("inputParameter", "execution");
    assertThat(problems.get("TimerDefinition_Step_2")).contains("timeDuration", "runtimeService");
  }

  @Test
  void prosePassesEvenWithAnExpressionInIt() {
    String model =
        flow(
            KEY,
            """
            <bpmn:userTask id="$ID" camunda:candidateGroups="dsl">
              <bpmn:documentation>Never write ${execution.getProcessEngine()} in a model.</bpmn:documentation>
            </bpmn:userTask>""");

    assertThat(validator.check(ModelType.BPMN, model).problems()).isEmpty();
  }

  @Test
  void aDelegateExpressionMustNameOneOfBeaconsBeans() {
    String model =
        flow(
            KEY,
            "<bpmn:serviceTask id=\"$ID\" camunda:delegateExpression=\"${someLibraryBean}\"/>");

    assertThat(validator.check(ModelType.BPMN, model).problems().get("Step_1"))
        .contains("not one of Beacon's");
  }

  @Test
  void anIdLongerThanTheEnginesColumnIsRefused() {
    String id = "Task_" + "A".repeat(60);
    String model =
        flow(KEY, "<bpmn:userTask id=\"" + id + "\" camunda:candidateGroups=\"dsl\"/>")
            .replace("Step_1", id);

    assertThat(validator.check(ModelType.BPMN, model).problems())
        .hasEntrySatisfying(
            id,
            reason -> assertThat(reason).contains("userTask id", "65 characters", "at most 64"));
  }

  @Test
  void aNameLongerThanTheEnginesColumnIsRefused() {
    String model =
        flow(
            KEY,
            "<bpmn:userTask id=\"$ID\" name=\""
                + "n".repeat(256)
                + "\" camunda:candidateGroups=\"dsl\"/>");

    assertThat(validator.check(ModelType.BPMN, model).problems().get("Step_1"))
        .contains("userTask name", "at most 255");
  }

  @Test
  void aDecisionRuleIdOf69CharactersIsRefused() {
    String ruleId = "Rule_" + "X".repeat(64);
    String decision =
        DesignerModels.decision("Designer_Action", "180", "feel").replace("Rule_High", ruleId);

    assertThat(validator.check(ModelType.DMN, decision).problems())
        .hasEntrySatisfying(
            ruleId, reason -> assertThat(reason).contains("rule id", "69 characters"));
  }

  @Test
  void aJuelExpressionInADecisionIsChecked() {
    String decision =
        DesignerModels.decision("Designer_Action", "180", "juel")
            .replace("<text>severity</text>", "<text>${execution.getProcessEngine()}</text>");

    assertThat(validator.check(ModelType.DMN, decision).problems())
        .hasEntrySatisfying(
            "InputExpression_Severity", reason -> assertThat(reason).contains("execution"));
  }

  @Test
  void aFeelExternalJavaFunctionIsRefused() {
    String decision =
        DesignerModels.decision("Designer_Action", "180", "feel")
            .replace(
                "<text>severity</text>",
                "<text>{f: function(x) external {java: {class: \"java.lang.Runtime\", method signature: \"getRuntime()\"}}}.f(1)</text>");

    assertThat(validator.check(ModelType.DMN, decision).problems())
        .hasEntrySatisfying(
            "InputExpression_Severity", reason -> assertThat(reason).contains("external function"));
  }

  /** A delegate of Beacon's. */
  static class NotifyDelegate implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {}
  }

  /** Settings of Beacon's, read by property. */
  static class Settings {
    public String getReviewCycle() {
      return "R/P1Y";
    }
  }
}
