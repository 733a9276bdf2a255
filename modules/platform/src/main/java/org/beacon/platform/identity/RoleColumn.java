package org.beacon.platform.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.beacon.platform.api.Role;

/** Stores a role by its id ({@code dsl}), the same string the engine uses as candidate group. */
@Converter
public class RoleColumn implements AttributeConverter<Role, String> {

  @Override
  public String convertToDatabaseColumn(Role role) {
    return role == null ? null : role.id();
  }

  @Override
  public Role convertToEntityAttribute(String id) {
    return id == null
        ? null
        : Role.fromId(id).orElseThrow(() -> new IllegalStateException("Unknown role " + id));
  }
}
