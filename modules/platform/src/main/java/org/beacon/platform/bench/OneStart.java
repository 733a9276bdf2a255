package org.beacon.platform.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/** One process start in one transaction: the CDI proxy opens and commits it around the call. */
@ApplicationScoped
public class OneStart {

  @Inject RuntimeService runtimeService;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void start(String key, String businessKey, Map<String, Object> variables) {
    runtimeService.startProcessInstanceByKey(key, businessKey, variables);
  }
}
