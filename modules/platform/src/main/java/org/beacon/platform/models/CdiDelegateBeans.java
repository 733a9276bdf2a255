package org.beacon.platform.models;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Looks delegate beans up the way the engine will resolve them at run time: by name in CDI (the
 * engine's expression manager is Camunda's CDI one).
 */
@ApplicationScoped
public class CdiDelegateBeans implements DelegateBeans {

  @Inject BeanManager beanManager;

  @Override
  public Optional<Set<Class<?>>> typesOf(String name) {
    Set<Bean<?>> beans = beanManager.getBeans(name);
    if (beans.isEmpty()) {
      return Optional.empty();
    }
    Set<Class<?>> types = new HashSet<>();
    for (Bean<?> bean : beans) {
      for (Type type : bean.getTypes()) {
        if (type instanceof Class<?> raw) {
          types.add(raw);
        } else if (type instanceof ParameterizedType parameterized
            && parameterized.getRawType() instanceof Class<?> raw) {
          types.add(raw);
        }
      }
    }
    return Optional.of(Set.copyOf(types));
  }
}
