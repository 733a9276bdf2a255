import { render } from 'lit-html';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormField } from '../platform/tasks/api';
import {
  controlFor,
  controlId,
  displayValue,
  initialValues,
  placeErrors,
  renderForm,
  tickedChoices,
  toggleChoice,
  toPayload,
  type FormModel,
} from './taskForm';

const field = (over: Partial<FormField> & Pick<FormField, 'id' | 'type'>): FormField => ({
  label: over.id,
  required: false,
  readonly: false,
  values: [],
  defaultValue: null,
  value: null,
  ...over,
});

const options = (...ids: string[]) => ids.map((id) => ({ id, label: id.toUpperCase() }));

// The classification step of the incident flow, as GET /api/tasks/{id} describes it.
const classification: FormField[] = [
  field({
    id: 'classification',
    label: 'Classification',
    type: 'enum',
    required: true,
    values: options('illegal', 'inappropriate', 'unsure'),
  }),
  field({
    id: 'involves',
    label: 'Involves',
    type: 'enum',
    required: true,
    values: options('child', 'staff', 'content'),
  }),
  field({ id: 'repeatOffence', label: 'Repeat offence?', type: 'boolean', defaultValue: false }),
  field({ id: 'classificationNote', label: 'Notes', type: 'string' }),
];

describe('controlFor maps each field to its control', () => {
  it.each([
    [field({ id: 'reference', type: 'string' }), 'text'],
    [field({ id: 'classificationNote', label: 'Notes', type: 'string' }), 'textarea'],
    [field({ id: 'x', label: 'What they advised', type: 'string' }), 'textarea'],
    [field({ id: 'summary', type: 'string' }), 'textarea'],
    [
      field({
        id: 'policeReference',
        label: 'Police reference',
        type: 'string',
        value: 'line one\nline two',
      }),
      'textarea',
    ],
    [field({ id: 'followUpDays', type: 'long' }), 'number'],
    [field({ id: 'reviewOn', type: 'date' }), 'date'],
    [field({ id: 'repeatOffence', type: 'boolean' }), 'checkbox'],
    [field({ id: 'approved', type: 'boolean', required: true }), 'yesno'],
    [field({ id: 'severity', type: 'enum', values: options('a', 'b', 'c', 'd') }), 'radios'],
    [field({ id: 'reportedTo', type: 'enum', values: options('a', 'b', 'c', 'd', 'e') }), 'select'],
    [field({ id: 'recommended', type: 'string', required: true, readonly: true }), 'readonly'],
    [field({ id: 'weird', type: 'custom-type' }), 'text'],
  ])('%o → %s', (f, kind) => {
    expect(controlFor(f)).toBe(kind);
  });
});

describe('initial values', () => {
  it('are the current value, else the default; booleans as true/false; unset checkbox is false', () => {
    expect(
      initialValues([
        field({ id: 'a', type: 'string', value: 'now', defaultValue: 'before' }),
        field({ id: 'b', type: 'long', defaultValue: 7 }),
        field({ id: 'c', type: 'boolean', defaultValue: false }),
        field({ id: 'd', type: 'boolean', value: true }),
        field({ id: 'e', type: 'boolean' }),
        field({ id: 'f', type: 'boolean', required: true }),
        field({ id: 'g', type: 'date', value: '2026-11-20' }),
      ]),
    ).toEqual({ a: 'now', b: '7', c: 'false', d: 'true', e: 'false', f: '', g: '2026-11-20' });
  });
});

describe('toPayload converts what was entered into the complete call body', () => {
  const form = [
    field({ id: 'summary', type: 'string', required: true }),
    field({ id: 'days', type: 'long' }),
    field({ id: 'approved', type: 'boolean', required: true }),
    field({ id: 'urgent', type: 'boolean' }),
    field({ id: 'reviewOn', type: 'date' }),
    field({ id: 'severity', type: 'enum', values: options('low', 'high') }),
    field({ id: 'recommended', type: 'string', readonly: true, value: 'Inform parents' }),
  ];

  it('sends numbers, booleans, ISO dates and enum ids; leaves out empty and read-only fields', () => {
    const { values, errors } = toPayload(form, {
      summary: 'Checked',
      days: ' 12 ',
      approved: 'false',
      urgent: 'false',
      reviewOn: '2026-12-01',
      severity: 'high',
      recommended: 'tampered',
    });
    expect(errors).toEqual({});
    expect(values).toEqual({
      summary: 'Checked',
      days: 12,
      approved: false,
      urgent: false,
      reviewOn: '2026-12-01',
      severity: 'high',
    });
  });

  it('leaves a required field out when empty, so the server names it; an unticked box is an answer: false', () => {
    const { values } = toPayload(form, {
      summary: '   ',
      days: '',
      approved: '',
      urgent: 'false',
      reviewOn: '',
      severity: '',
    });
    expect(values).toEqual({ urgent: false });
  });

  it('catches a number that is not whole before sending', () => {
    expect(toPayload(form, { days: '1.5' }).errors).toEqual({ days: 'must be a whole number' });
    expect(toPayload(form, { days: 'not a number' }).errors).toEqual({
      days: 'must be a whole number',
    });
  });

  it('sends a whole number too long for JavaScript as its digits, for the server to judge', () => {
    expect(toPayload(form, { days: '123456789012345678901' }).values.days).toBe(
      '123456789012345678901',
    );
  });
});

describe('placeErrors', () => {
  it('puts each server field error next to its field, in form order, with the label', () => {
    const placed = placeErrors(
      classification,
      { involves: 'is required', classification: 'is required' },
      'The form has 2 invalid field(s)',
    );
    expect(placed.inline).toEqual({
      classification: 'Classification is required',
      involves: 'Involves is required',
    });
    expect(placed.summary).toEqual([
      { fieldId: 'classification', text: 'Classification is required' },
      { fieldId: 'involves', text: 'Involves is required' },
    ]);
  });

  it('lists errors about unknown fields, and a message without fields, in the summary only', () => {
    expect(placeErrors(classification, { extra: 'is not a field of this form' })).toEqual({
      inline: {},
      summary: [{ text: 'extra is not a field of this form' }],
    });
    expect(placeErrors(classification, {}, 'This task is claimed by someone else')).toEqual({
      inline: {},
      summary: [{ text: 'This task is claimed by someone else' }],
    });
  });
});

describe('displayValue of read-only fields', () => {
  it('reads booleans as Yes/No, enums by label, and says when nothing was given', () => {
    expect(displayValue(field({ id: 'b', type: 'boolean' }), true)).toBe('Yes');
    expect(displayValue(field({ id: 'e', type: 'enum', values: options('low') }), 'low')).toBe(
      'LOW',
    );
    expect(displayValue(field({ id: 's', type: 'string' }), null)).toBe('Not given');
  });
});

describe('renderForm', () => {
  let container: HTMLElement;
  const handlers = { change: vi.fn(), submit: vi.fn(), focusField: vi.fn() };

  beforeEach(() => {
    document.body.innerHTML = '';
    container = document.createElement('div');
    document.body.append(container);
  });

  const draw = (model: Partial<FormModel>) =>
    render(
      renderForm(
        {
          fields: classification,
          raw: initialValues(classification),
          errors: { inline: {}, summary: [] },
          busy: false,
          submitLabel: 'Complete task',
          ...model,
        },
        handlers,
      ),
      container,
    );

  it('labels every control and marks required ones in words', () => {
    draw({});
    const radios = container.querySelectorAll<HTMLInputElement>(
      'input[type=radio][name=classification]',
    );
    expect(radios).toHaveLength(3);
    for (const radio of container.querySelectorAll('input, select, textarea')) {
      expect(container.querySelector(`label[for="${radio.id}"]`), radio.id).not.toBeNull();
    }
    const legend = container.querySelector(`#${controlId('classification')} legend`)!;
    expect(legend.textContent).toContain('Classification');
    expect(legend.textContent).toContain('(required)');
    expect(
      container.querySelector<HTMLInputElement>(`#${controlId('repeatOffence')}`)!.checked,
    ).toBe(false);
    expect(container.querySelector(`#${controlId('classificationNote')}`)!.tagName).toBe(
      'TEXTAREA',
    );
  });

  it('shows server errors inline next to their fields, tied by aria-describedby, and a summary linking to them', () => {
    const errors = placeErrors(classification, { involves: 'is required' });
    draw({ errors });

    const group = container.querySelector<HTMLElement>(`#${controlId('involves')}`)!;
    const message = container.querySelector<HTMLElement>(`#${controlId('involves')}-error`)!;
    expect(group.contains(message)).toBe(true);
    expect(message.textContent).toContain('Involves is required');
    expect(group.getAttribute('aria-describedby')).toBe(message.id);
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector(`#${controlId('classification')}-error`)).toBeNull();

    const summary = container.querySelector<HTMLElement>('#error-summary')!;
    expect(summary.getAttribute('tabindex')).toBe('-1');
    const link = summary.querySelector<HTMLAnchorElement>('a')!;
    expect(link.getAttribute('href')).toBe(`#${controlId('involves')}`);
    link.click();
    expect(handlers.focusField).toHaveBeenCalledWith('involves');
  });

  it('shows a read-only field as text, not as a control', () => {
    const fields = [
      field({
        id: 'recommended',
        label: 'Recommended actions',
        type: 'string',
        required: true,
        readonly: true,
        value: 'Inform parents',
      }),
    ];
    draw({ fields, raw: initialValues(fields) });
    expect(container.querySelector('input, textarea, select')).toBeNull();
    expect(container.textContent).toContain('Inform parents');
    expect(container.textContent).not.toContain('(required)');
  });

  it('asks a required boolean as a Yes/No pair with neither chosen', () => {
    const fields = [field({ id: 'approved', label: 'Approved', type: 'boolean', required: true })];
    draw({ fields, raw: initialValues(fields) });
    const radios = [...container.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => container.querySelector(`label[for="${r.id}"]`)!.textContent)).toEqual(
      ['Yes', 'No'],
    );
    expect(radios.some((r) => r.checked)).toBe(false);
  });

  it('reports changes and submits through the handlers', () => {
    draw({});
    const note = container.querySelector<HTMLTextAreaElement>(
      `#${controlId('classificationNote')}`,
    )!;
    note.value = 'Seen by two pupils';
    note.dispatchEvent(new Event('input'));
    expect(handlers.change).toHaveBeenCalledWith('classificationNote', 'Seen by two pupils');
    container.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(handlers.submit).toHaveBeenCalled();
  });
});

describe('a checklist (choices the flow holds, such as the school sanction table outputs)', () => {
  const actions = field({
    id: 'actionsDecided',
    label: 'Actions / sanctions',
    type: 'checklist',
    values: [
      { id: 'Warning', label: 'Warning' },
      { id: 'Inform parents / carers', label: 'Inform parents / carers' },
      {
        id: 'Refer to the governors exclusion panel',
        label: 'Refer to the governors exclusion panel',
      },
    ],
    value: ['Inform parents / carers', 'Warning'],
  });

  it('is a box per choice, pre-ticked with the current value, and sends the ticked ones as a list', () => {
    expect(controlFor(actions)).toBe('checklist');
    const raw = initialValues([actions]);
    const container = document.createElement('div');
    render(
      renderForm(
        {
          fields: [actions],
          raw,
          errors: { inline: {}, summary: [] },
          busy: false,
          submitLabel: 'Complete task',
        },
        { change: vi.fn(), submit: vi.fn(), focusField: vi.fn() },
      ),
      container,
    );
    const boxes = [
      ...container.querySelectorAll<HTMLInputElement>('input[type=checkbox][name=actionsDecided]'),
    ];
    expect(boxes.map((b) => b.value)).toEqual(actions.values.map((v) => v.id));
    expect(boxes.map((b) => b.checked)).toEqual([true, true, false]);
    expect(container.querySelector('legend')?.textContent).toContain('Actions / sanctions');

    expect(toPayload([actions], raw).values).toEqual({
      actionsDecided: ['Inform parents / carers', 'Warning'],
    });
    expect(toPayload([actions], { actionsDecided: '' }).values).toEqual({ actionsDecided: [] });
  });

  it('ticks and unticks a choice in the choices order', () => {
    let raw = toggleChoice(actions, 'Warning', 'Refer to the governors exclusion panel', true);
    raw = toggleChoice(actions, raw, 'Inform parents / carers', true);
    expect(tickedChoices(raw)).toEqual([
      'Warning',
      'Inform parents / carers',
      'Refer to the governors exclusion panel',
    ]);
    expect(tickedChoices(toggleChoice(actions, raw, 'Warning', false))).toEqual([
      'Inform parents / carers',
      'Refer to the governors exclusion panel',
    ]);
    expect(displayValue(actions, ['Warning', 'Inform parents / carers'])).toBe(
      'Warning, Inform parents / carers',
    );
  });
});
