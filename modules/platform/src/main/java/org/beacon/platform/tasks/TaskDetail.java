package org.beacon.platform.tasks;

import java.util.List;

/**
 * A task with its form.
 *
 * @param task the task
 * @param candidateGroups the roles that may claim it
 * @param description the task's documentation from the model, if any
 * @param formKey the model's form key, if the model names an external form
 * @param form the fields to fill in to complete it
 */
public record TaskDetail(
    TaskView task, List<String> candidateGroups, String description, String formKey, List<FormFieldView> form) {}
