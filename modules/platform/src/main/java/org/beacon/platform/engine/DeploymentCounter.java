package org.beacon.platform.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.beacon.platform.api.ModelChanges;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * {@link ModelChanges} from the engine itself: a deployer that runs after the engine's own for
 * every deployment (a new one, or one the engine loads into its cache again), and counts it once
 * then and once more when its transaction commits.
 */
@ApplicationScoped
public class DeploymentCounter implements ModelChanges, Deployer {

  private final AtomicLong count = new AtomicLong();

  @Override
  public long count() {
    return count.get();
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    count.incrementAndGet();
    CommandContext command = Context.getCommandContext();
    if (command != null) {
      command
          .getTransactionContext()
          .addTransactionListener(TransactionState.COMMITTED, committed -> count.incrementAndGet());
    }
  }
}
