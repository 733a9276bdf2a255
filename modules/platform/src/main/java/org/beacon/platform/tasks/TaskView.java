package org.beacon.platform.tasks;

import java.time.Instant;

/**
 * A human task as the task list shows it.
 *
 * @param id the engine's task id
 * @param name the task's name from the model
 * @param processName the name of the process it belongs to
 * @param processDefinitionKey the key (id) of that process model
 * @param businessKey the case reference the process was started with, if any
 * @param created when the task was created
 * @param due when it is due, if the model sets a due date
 * @param assignee who holds it, or null while it waits for someone to claim it
 */
public record TaskView(
    String id,
    String name,
    String processName,
    String processDefinitionKey,
    String businessKey,
    Instant created,
    Instant due,
    String assignee) {}
