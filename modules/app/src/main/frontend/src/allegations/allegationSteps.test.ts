// The allegation flow's steps for child abuse images found with a member of staff, with their
// forms exactly as the shipped model declares them (bpmn/staff-allegations), rendered and sent
// the way the task page does.
import { render } from 'lit-html';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import model from '../../../../../../../bpmn/staff-allegations/StaffAllegationProcess.bpmn?raw';
import type { FormField } from '../platform/tasks/api';
import { controlId, initialValues, renderForm, toPayload } from '../forms/taskForm';

const doc = new DOMParser().parseFromString(model, 'application/xml');

/** The descendants of an element with a prefixed name such as camunda:formField. */
const within = (el: Element | Document, name: string) =>
  [...el.getElementsByTagName('*')].filter((e) => e.tagName.toLowerCase() === name.toLowerCase());

/** A user task's form as GET /api/tasks/{id} describes it, read from the model. */
function formOf(taskId: string): FormField[] {
  const task = within(doc, 'bpmn:userTask').find((t) => t.getAttribute('id') === taskId);
  if (!task) throw new Error(`no user task ${taskId} in the model`);
  return within(task, 'camunda:formField').map((f) => {
    const constraints = within(f, 'camunda:constraint').map((c) => c.getAttribute('name'));
    return {
      id: f.getAttribute('id')!,
      label: f.getAttribute('label') ?? f.getAttribute('id')!,
      type: f.getAttribute('type')!,
      required: constraints.includes('required'),
      readonly: constraints.includes('readonly'),
      values: within(f, 'camunda:value').map((v) => ({
        id: v.getAttribute('id')!,
        label: v.getAttribute('name')!,
      })),
      defaultValue: null,
      value: null,
    };
  });
}

const required = (fields: FormField[]) => fields.filter((f) => f.required).map((f) => f.id);

describe('child abuse images found with a member of staff', () => {
  let container: HTMLElement;
  const handlers = { change: vi.fn(), submit: vi.fn(), focusField: vi.fn() };

  beforeEach(() => {
    document.body.innerHTML = '';
    container = document.createElement('div');
    document.body.append(container);
  });

  const draw = (fields: FormField[]) =>
    render(
      renderForm(
        {
          fields,
          raw: initialValues(fields),
          errors: { inline: {}, summary: [] },
          busy: false,
          submitLabel: 'Complete task',
        },
        handlers,
      ),
      container,
    );

  it('the DSL completing an allegation from an incident must say whether images were found', () => {
    const fields = formOf('Task_CompleteDetails');
    expect(required(fields)).toContain('childAbuseImages');
    draw(fields);
    const radios = [
      ...container.querySelectorAll<HTMLInputElement>('input[type=radio][name=childAbuseImages]'),
    ];
    expect(radios.map((r) => container.querySelector(`label[for="${r.id}"]`)!.textContent)).toEqual(
      ['Yes', 'No'],
    );
    expect(radios.some((r) => r.checked)).toBe(false);
  });

  it('the instant suspension asks the decision and its reasons, and sends them', () => {
    const fields = formOf('Task_SuspendAtOnce');
    expect(required(fields)).toEqual(['suspendedAtOnce', 'instantSuspensionReasons']);
    draw(fields);
    expect(container.querySelector(`#${controlId('instantSuspensionReasons')}`)!.tagName).toBe(
      'TEXTAREA',
    );
    const { values, errors } = toPayload(fields, {
      suspendedAtOnce: 'true',
      suspendedOn: '2026-05-22',
      instantSuspensionReasons: 'Images on the school laptop',
    });
    expect(errors).toEqual({});
    expect(values).toEqual({
      suspendedAtOnce: true,
      suspendedOn: '2026-05-22',
      instantSuspensionReasons: 'Images on the school laptop',
    });
  });

  it('the police referral records who, when and the reference; an empty reference is left for the server to name', () => {
    const fields = formOf('Task_ReportImagesToPolice');
    expect(required(fields)).toEqual([
      'imagesReportedBy',
      'imagesReportedAt',
      'imagesPoliceReference',
    ]);
    draw(fields);
    const legendOrLabel = container.querySelector(
      `label[for="${controlId('imagesPoliceReference')}"]`,
    )!;
    expect(legendOrLabel.textContent).toContain('Police reference');
    expect(legendOrLabel.textContent).toContain('(required)');
    const { values } = toPayload(fields, {
      imagesReportedBy: 'Harriet Head',
      imagesReportedAt: '2026-05-22 16:20',
      imagesPoliceReference: ' ',
    });
    expect(values).toEqual({
      imagesReportedBy: 'Harriet Head',
      imagesReportedAt: '2026-05-22 16:20',
    });
  });

  it('the instant suspension letter asks the date sent and a named contact', () => {
    const fields = formOf('Task_ConfirmInstantSuspension');
    expect(required(fields)).toEqual(['instantSuspensionConfirmedOn', 'instantSuspensionContact']);
    expect(fields.find((f) => f.id === 'instantSuspensionConfirmedOn')!.type).toBe('date');
  });
});
