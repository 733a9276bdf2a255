package org.beacon.platform.retention;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beacon.platform.api.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Disposes of the record the DSL approved (see {@link RecordDisposal}). */
@Dependent
@Named("platformDisposeRecordDelegate")
public class DisposeRecordDelegate implements JavaDelegate {

  private final RecordDisposal disposal;

  @Inject
  public DisposeRecordDelegate(RecordDisposal disposal) {
    this.disposal = disposal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disposal.dispose(ProcessVariables.id(execution, DescribeDisposalItemListener.ITEM));
  }
}
