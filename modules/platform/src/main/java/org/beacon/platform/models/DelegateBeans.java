package org.beacon.platform.models;

import java.util.Optional;
import java.util.Set;

/** The named beans a model's {@code camunda:delegateExpression="${name}"} can reach. */
@FunctionalInterface
public interface DelegateBeans {

  /** The types of the bean with this name, or empty when there is none. */
  Optional<Set<Class<?>>> typesOf(String name);
}
