package org.beacon.platform.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beacon.platform.api.BeaconProblem;
import org.beacon.platform.tasks.FormFieldView.Option;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.form.FormType;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.FormFieldValidationConstraintImpl;
import org.camunda.bpm.engine.impl.form.type.BooleanFormType;
import org.camunda.bpm.engine.impl.form.type.DateFormType;
import org.camunda.bpm.engine.impl.form.type.EnumFormType;
import org.camunda.bpm.engine.impl.form.type.LongFormType;
import org.camunda.bpm.engine.impl.form.type.StringFormType;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class TaskFormTest {

  // The engine's default date pattern for form fields.
  private static final String ENGINE_DATE_PATTERN = "dd/MM/yyyy";

  @Test
  void aMissingRequiredFieldIsReported() {
    TaskForm form = new TaskForm(List.of(field("summary", new StringFormType(), required())));

    assertThat(errors(form, Json.createObjectBuilder().build()))
        .containsExactlyEntriesOf(Map.of("summary", "is required"));
  }

  @Test
  void aBlankOrNullRequiredFieldCountsAsMissing() {
    TaskForm form =
        new TaskForm(
            List.of(
                field("summary", new StringFormType(), required()),
                field("note", new StringFormType(), required())));

    JsonObject submitted = Json.createObjectBuilder().add("summary", "   ").addNull("note").build();

    assertThat(errors(form, submitted))
        .containsOnly(Map.entry("summary", "is required"), Map.entry("note", "is required"));
  }

  @Test
  void anOptionalFieldLeftOutIsNotStored() {
    TaskForm form = new TaskForm(List.of(field("followUpDays", new LongFormType())));

    assertThat(form.accept(Json.createObjectBuilder().build())).isEmpty();
  }

  @Test
  void aKeyTheFormDoesNotDeclareIsRefused() {
    TaskForm form = new TaskForm(List.of(field("summary", new StringFormType())));

    JsonObject submitted =
        Json.createObjectBuilder().add("summary", "ok").add("isAdmin", true).build();

    assertThat(errors(form, submitted))
        .containsExactlyEntriesOf(Map.of("isAdmin", "is not a field of this form"));
  }

  @Test
  void aLongFieldTakesAJsonNumberOrANumericString() {
    TaskForm form =
        new TaskForm(
            List.of(field("days", new LongFormType()), field("weeks", new LongFormType())));

    Map<String, Object> values =
        form.accept(Json.createObjectBuilder().add("days", 42).add("weeks", " 7 ").build());

    assertThat(values).containsOnly(Map.entry("days", 42L), Map.entry("weeks", 7L));
  }

  @Test
  void aLongFieldRefusesFractionsAndText() {
    TaskForm form =
        new TaskForm(
            List.of(
                field("fraction", new LongFormType()),
                field("fractionText", new LongFormType()),
                field("text", new LongFormType()),
                field("flag", new LongFormType())));

    JsonObject submitted =
        Json.createObjectBuilder()
            .add("fraction", 1.5)
            .add("fractionText", "1.5")
            .add("text", "x")
            .add("flag", true)
            .build();

    assertThat(errors(form, submitted))
        .containsOnly(
            Map.entry("fraction", "must be a whole number"),
            Map.entry("fractionText", "must be a whole number"),
            Map.entry("text", "must be a whole number"),
            Map.entry("flag", "must be a whole number"));
  }

  @Test
  void aLongFieldRefusesAWholeNumberTooLargeForALong() {
    TaskForm form = new TaskForm(List.of(field("days", new LongFormType())));

    JsonObject submitted =
        Json.createObjectBuilder().add("days", new BigInteger("100000000000000000000")).build();

    assertThat(errors(form, submitted))
        .containsExactlyEntriesOf(Map.of("days", "must be a whole number"));
  }

  @Test
  void aBooleanFieldTakesJsonBooleansAndTheirText() {
    TaskForm form =
        new TaskForm(
            List.of(
                field("approved", new BooleanFormType()),
                field("urgent", new BooleanFormType()),
                field("asText", new BooleanFormType())));

    Map<String, Object> values =
        form.accept(
            Json.createObjectBuilder()
                .add("approved", true)
                .add("urgent", false)
                .add("asText", "true")
                .build());

    assertThat(values)
        .containsOnly(
            Map.entry("approved", true), Map.entry("urgent", false), Map.entry("asText", true));
  }

  @Test
  void aBooleanFieldRefusesAnythingElse() {
    TaskForm form =
        new TaskForm(
            List.of(field("word", new BooleanFormType()), field("number", new BooleanFormType())));

    JsonObject submitted = Json.createObjectBuilder().add("word", "yes").add("number", 1).build();

    assertThat(errors(form, submitted))
        .containsOnly(
            Map.entry("word", "must be true or false"),
            Map.entry("number", "must be true or false"));
  }

  @Test
  void aDateFieldConvertsAnIsoDateToTheStartOfThatDay() {
    TaskForm form = new TaskForm(List.of(field("reviewOn", new DateFormType(ENGINE_DATE_PATTERN))));

    Object value =
        form.accept(Json.createObjectBuilder().add("reviewOn", "2024-03-01").build())
            .get("reviewOn");

    assertThat(value).isInstanceOf(Date.class);
    assertThat(((Date) value).toInstant())
        .isEqualTo(LocalDate.of(2024, 3, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  @Test
  void aDateFieldRefusesOtherFormatsAndNumbers() {
    TaskForm form =
        new TaskForm(
            List.of(
                field("engineFormat", new DateFormType(ENGINE_DATE_PATTERN)),
                field("impossible", new DateFormType(ENGINE_DATE_PATTERN)),
                field("number", new DateFormType(ENGINE_DATE_PATTERN))));

    JsonObject submitted =
        Json.createObjectBuilder()
            .add("engineFormat", "01/03/2024")
            .add("impossible", "2024-02-30")
            .add("number", 20240301)
            .build();

    assertThat(errors(form, submitted))
        .containsOnly(
            Map.entry("engineFormat", "must be a date as YYYY-MM-DD"),
            Map.entry("impossible", "must be a date as YYYY-MM-DD"),
            Map.entry("number", "must be a date as YYYY-MM-DD"));
  }

  @Test
  void anEnumFieldTakesADeclaredValue() {
    TaskForm form = new TaskForm(List.of(field("severity", severity())));

    assertThat(form.accept(Json.createObjectBuilder().add("severity", "medium").build()))
        .containsExactlyEntriesOf(Map.of("severity", "medium"));
  }

  @Test
  void anEnumFieldRefusesAnUnknownValueAndNamesTheAllowedOnes() {
    TaskForm form = new TaskForm(List.of(field("severity", severity())));

    assertThat(errors(form, Json.createObjectBuilder().add("severity", "Medium").build()))
        .containsExactlyEntriesOf(Map.of("severity", "must be one of low, medium, high"));
  }

  @Test
  void aTextFieldRefusesANumber() {
    TaskForm form = new TaskForm(List.of(field("summary", new StringFormType())));

    assertThat(errors(form, Json.createObjectBuilder().add("summary", 12).build()))
        .containsExactlyEntriesOf(Map.of("summary", "must be text"));
  }

  @Test
  void textLengthMustLieWithinMinlengthAndMaxlength() {
    TaskForm form =
        new TaskForm(
            List.of(
                field(
                    "code",
                    new StringFormType(),
                    limit("minlength", "3"),
                    limit("maxlength", "5"))));

    assertThat(accepted(form, "code", "abc")).isEqualTo("abc");
    assertThat(accepted(form, "code", "abcde")).isEqualTo("abcde");
    assertThat(errors(form, Json.createObjectBuilder().add("code", "ab").build()))
        .containsExactlyEntriesOf(Map.of("code", "must be at least 3 characters"));
    assertThat(errors(form, Json.createObjectBuilder().add("code", "abcdef").build()))
        .containsExactlyEntriesOf(Map.of("code", "must be at most 5 characters"));
  }

  @Test
  void aWholeNumberMustLieWithinMinAndMax() {
    TaskForm form =
        new TaskForm(
            List.of(field("days", new LongFormType(), limit("min", "0"), limit("max", "365"))));

    assertThat(form.accept(Json.createObjectBuilder().add("days", 0).build()))
        .containsEntry("days", 0L);
    assertThat(form.accept(Json.createObjectBuilder().add("days", 365).build()))
        .containsEntry("days", 365L);
    assertThat(errors(form, Json.createObjectBuilder().add("days", -1).build()))
        .containsExactlyEntriesOf(Map.of("days", "must be at least 0"));
    assertThat(errors(form, Json.createObjectBuilder().add("days", 366).build()))
        .containsExactlyEntriesOf(Map.of("days", "must be at most 365"));
  }

  @Test
  void aReadOnlyFieldMayNotBeSubmittedButMayBeLeftOut() {
    TaskForm form =
        new TaskForm(
            List.of(
                field("reference", new StringFormType(), constraint("readonly")),
                field("summary", new StringFormType())));

    assertThat(errors(form, Json.createObjectBuilder().add("reference", "changed").build()))
        .containsExactlyEntriesOf(Map.of("reference", "is read-only"));
    assertThat(form.accept(Json.createObjectBuilder().add("summary", "fine").build()))
        .containsExactlyEntriesOf(Map.of("summary", "fine"));
  }

  @Test
  void aRequiredReadOnlyFieldShowsAValueTheFlowHoldsAndIsNotAskedFor() {
    TaskForm form =
        new TaskForm(
            List.of(
                field("recommended", new StringFormType(), required(), constraint("readonly")),
                field("summary", new StringFormType())));

    assertThat(form.accept(Json.createObjectBuilder().add("summary", "fine").build()))
        .containsExactlyEntriesOf(Map.of("summary", "fine"));
  }

  @Test
  void theViewMarksReadOnlyFieldsSoClientsShowThemAndDoNotSendThem() {
    TaskForm form =
        new TaskForm(
            List.of(
                field("recommended", new StringFormType(), required(), constraint("readonly")),
                field("summary", new StringFormType(), required())));

    assertThat(form.view())
        .extracting(FormFieldView::id, FormFieldView::required, FormFieldView::readonly)
        .containsExactly(tuple("recommended", true, true), tuple("summary", true, false));
  }

  @Test
  void everyBadFieldIsReportedInOneProblem() {
    TaskForm form =
        new TaskForm(
            List.of(
                field("summary", new StringFormType(), required()),
                field("severity", severity(), required()),
                field("followUpDays", new LongFormType(), limit("max", "365")),
                field("notes", new StringFormType())));

    JsonObject submitted =
        Json.createObjectBuilder()
            .add("severity", "extreme")
            .add("followUpDays", 400)
            .add("notes", "fine")
            .add("extra", "x")
            .build();

    BeaconProblem problem = catchThrowableOfType(BeaconProblem.class, () -> form.accept(submitted));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.getMessage()).isEqualTo("The form has 4 invalid field(s)");
    assertThat(problem.fields())
        .containsOnly(
            Map.entry("summary", "is required"),
            Map.entry("severity", "must be one of low, medium, high"),
            Map.entry("followUpDays", "must be at most 365"),
            Map.entry("extra", "is not a field of this form"));
  }

  @Test
  void theViewListsFieldsWithEnumOptionsInModelOrderAndRequiredFlags() {
    FormFieldImpl summary = field("summary", new StringFormType(), required());
    summary.setLabel("Summary");
    FormFieldImpl severity = field("severity", severity(), required());
    severity.setLabel("Severity");
    FormFieldImpl note = field("note", new StringFormType());

    List<FormFieldView> view = new TaskForm(List.of(summary, severity, note)).view();

    assertThat(view)
        .extracting(
            FormFieldView::id, FormFieldView::label, FormFieldView::type, FormFieldView::required)
        .containsExactly(
            tuple("summary", "Summary", "string", true),
            tuple("severity", "Severity", "enum", true),
            tuple("note", "note", "string", false));
    assertThat(view.get(1).values())
        .containsExactly(
            new Option("low", "Low"), new Option("medium", "Medium"), new Option("high", "High"));
    assertThat(view.get(0).values()).isEmpty();
  }

  @Test
  void theViewShowsCurrentAndDefaultValuesAsPlainValues() {
    FormFieldImpl days = field("days", new LongFormType());
    days.setValue(Variables.longValue(12L));
    days.setDefaultValue(7L);
    FormFieldImpl reviewOn = field("reviewOn", new DateFormType(ENGINE_DATE_PATTERN));
    reviewOn.setDefaultValue(
        Date.from(LocalDate.of(2024, 3, 1).atStartOfDay(ZoneId.systemDefault()).toInstant()));

    List<FormFieldView> view = new TaskForm(List.of(days, reviewOn)).view();

    assertThat(view.get(0).value()).isEqualTo(12L);
    assertThat(view.get(0).defaultValue()).isEqualTo(7L);
    assertThat(view.get(1).defaultValue()).isEqualTo("2024-03-01");
  }

  @Test
  void theViewShowsADateValueInTheIsoFormThatTheFormAccepts() {
    // The engine hands a date field's value over as text in the field's own pattern.
    FormFieldImpl reviewOn = field("reviewOn", new DateFormType(ENGINE_DATE_PATTERN));
    reviewOn.setValue(Variables.stringValue("01/03/2024"));
    FormFieldImpl unset = field("unset", new DateFormType(ENGINE_DATE_PATTERN));
    unset.setValue(Variables.stringValue(""));
    TaskForm form = new TaskForm(List.of(reviewOn, unset));

    List<FormFieldView> view = form.view();

    assertThat(view.get(0).value()).isEqualTo("2024-03-01");
    assertThat(view.get(1).value()).isNull();
    assertThat(
            form.accept(
                Json.createObjectBuilder().add("reviewOn", (String) view.get(0).value()).build()))
        .containsKey("reviewOn");
  }

  private static FormFieldImpl field(
      String id, FormType type, FormFieldValidationConstraint... constraints) {
    FormFieldImpl field = new FormFieldImpl();
    field.setId(id);
    field.setType(type);
    field.setValidationConstraints(new ArrayList<>(List.of(constraints)));
    return field;
  }

  private static EnumFormType severity() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("low", "Low");
    values.put("medium", "Medium");
    values.put("high", "High");
    return new EnumFormType(values);
  }

  private static FormFieldValidationConstraint required() {
    return constraint("required");
  }

  private static FormFieldValidationConstraint constraint(String name) {
    return new FormFieldValidationConstraintImpl(name, null);
  }

  private static FormFieldValidationConstraint limit(String name, String config) {
    return new FormFieldValidationConstraintImpl(name, config);
  }

  private static Object accepted(TaskForm form, String key, String value) {
    JsonObjectBuilder submitted = Json.createObjectBuilder().add(key, value);
    return form.accept(submitted.build()).get(key);
  }

  private static Map<String, String> errors(TaskForm form, JsonObject submitted) {
    BeaconProblem problem = catchThrowableOfType(BeaconProblem.class, () -> form.accept(submitted));
    assertThat(problem).as("a refusal of %s", submitted).isNotNull();
    assertThat(problem.status()).isEqualTo(400);
    return problem.fields();
  }
}
