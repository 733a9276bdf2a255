package org.beacon.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineRestAccessTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /version",
    "GET, /engine",
    "POST, /deployment/create",
    "GET, /deployment",
    "DELETE, /deployment/0f3c",
    "GET, /process-definition",
    "GET, /process-definition/Review%3A1%3Aabc/xml",
    "POST, /process-definition/Review%3A1%3Aabc/start",
    "POST, /process-definition/key/Review/start",
    "GET, /decision-definition/key/PupilSanctions/xml",
    "POST, /decision-definition/key/PupilSanctions/evaluate",
    "GET, /incident",
    "GET, /job",
    "PUT, /job/42/retries",
    "POST, /job/42/execute",
    "GET, /process-instance",
    "GET, /history/process-instance/count",
  })
  void whatTheModelerAndOperationsNeedIsAllowed(String method, String path) {
    assertThat(EngineRestAccess.decide(method, path, null, false).allowed()).isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /task",
    "POST, /task",
    "GET, /task/count",
    "POST, /task/1/complete",
    "GET, /history/variable-instance",
    "GET, /history/detail",
    "GET, /history/task",
    "GET, /history/activity-instance",
    "GET, /history/process-instance",
    "GET, /process-instance/1/variables",
    "POST, /process-instance/1/modification",
    "DELETE, /process-instance/1",
    "GET, /variable-instance",
    "POST, /message",
    "POST, /signal",
    "GET, /filter",
    "POST, /filter/1/list",
    "GET, /external-task",
    "GET, /user",
    "GET, /group",
    "GET, /authorization",
    "POST, /deployment/1/redeploy",
    "PUT, /process-definition/1/suspended",
    "GET, /no-such-thing",
    "GET, /deployment/..%2Ftask",
    "GET, /deployment/1;x=y",
    "GET, /process-definition/../task",
  })
  void caseDataAndAnythingUnknownIsRefused(String method, String path) {
    EngineRestAccess.Decision decision = EngineRestAccess.decide(method, path, null, false);

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason()).isNotBlank();
  }

  @ParameterizedTest
  @CsvSource({
    "variables=name_eq_x",
    "processDefinitionKey=A&variables=name_eq_x",
    "variableNamesIgnoreCase=true",
    "%76ariables=x"
  })
  void aQueryFilteredByVariableValuesIsRefused(String query) {
    assertThat(EngineRestAccess.decide("GET", "/process-instance", query, false).allowed())
        .isFalse();
  }

  @ParameterizedTest
  @CsvSource({"POST, /task", "GET, /history/variable-instance"})
  void aBenchmarkServerOpensTheWholeApi(String method, String path) {
    assertThat(EngineRestAccess.decide(method, path, null, true).allowed()).isTrue();
  }
}
