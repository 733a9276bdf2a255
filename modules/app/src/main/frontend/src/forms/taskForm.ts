// Renders any task's form from the field list GET /api/tasks/{id} returns, turns what was entered
// into the JSON the complete call accepts, and places the server's field errors next to their fields.
// The model owns the form (admins change flows without changing this code), so nothing here knows
// a particular task.

import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { FormField } from '../platform/tasks/api';
import { formatDate } from '../shell/format';
import { renderErrorSummary } from './formController';

export type ControlKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'checkbox'
  | 'yesno'
  | 'date'
  | 'select'
  | 'radios'
  | 'checklist'
  | 'readonly';

/** Enum fields with this many values or fewer are radios, all choices visible at once. */
export const RADIO_LIMIT = 4;

/** Field ids or labels that ask for more than a line of text. */
const LONG_TEXT =
  /note|description|summary|reason|detail|comment|steps|advi[cs]e|what|outcome|rationale|lesson|explain/i;

/** What a control currently holds, as text: '' for nothing, 'true'/'false' for booleans. */
export type RawValues = Record<string, string>;

export interface SummaryItem {
  /** The field the message is about, if it is one of this form's (then the summary links to it). */
  fieldId?: string;
  text: string;
}

export interface PlacedErrors {
  /** Message per field id, shown next to the field. */
  inline: Record<string, string>;
  /** Every problem, in form order, for the summary at the top. */
  summary: SummaryItem[];
}

export function controlFor(field: FormField): ControlKind {
  if (field.readonly) {
    return 'readonly';
  }
  switch (field.type) {
    case 'long':
      return 'number';
    case 'boolean':
      // A required yes/no must be answered: an unticked box cannot tell "no" from "not answered".
      return field.required ? 'yesno' : 'checkbox';
    case 'date':
      return 'date';
    case 'enum':
      return field.values.length <= RADIO_LIMIT ? 'radios' : 'select';
    case 'checklist':
      // Any number of the choices the flow holds (a school's own decision table): one box each.
      return 'checklist';
    default: {
      const current = textOf(field.value ?? field.defaultValue);
      return LONG_TEXT.test(field.id) || LONG_TEXT.test(field.label) || current.includes('\n')
        ? 'textarea'
        : 'text';
    }
  }
}

/** The control id of a field; its error message is `${controlId}-error`. */
export function controlId(fieldId: string): string {
  return `field-${fieldId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** What a field's control starts with: its current value, else the model's default. */
export function initialRaw(field: FormField): string {
  const given = field.value ?? field.defaultValue;
  if (given === null || given === undefined) {
    return controlFor(field) === 'checkbox' ? 'false' : '';
  }
  if (field.type === 'boolean') {
    return given === true || given === 'true' ? 'true' : 'false';
  }
  if (Array.isArray(given)) {
    // A checklist's ticked choices, one per line.
    return given.map(String).join('\n');
  }
  return textOf(given);
}

/** The ticked choices of a checklist's raw value, in order, each once. */
export function tickedChoices(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    ),
  ];
}

/** A checklist's raw value with one choice ticked or unticked, keeping the choices' order. */
export function toggleChoice(
  field: FormField,
  raw: string,
  choice: string,
  ticked: boolean,
): string {
  const now = new Set(tickedChoices(raw));
  if (ticked) {
    now.add(choice);
  } else {
    now.delete(choice);
  }
  return field.values
    .map((v) => v.id)
    .filter((id) => now.has(id))
    .join('\n');
}

export function initialValues(fields: FormField[]): RawValues {
  return Object.fromEntries(fields.map((f) => [f.id, initialRaw(f)]));
}

/**
 * The body of POST /api/tasks/{id}/complete: empty fields and read-only fields are left out (the
 * server says which required ones are missing); whole numbers become JSON numbers; booleans JSON
 * booleans; dates stay YYYY-MM-DD. Values the server could never accept are caught here.
 */
export function toPayload(
  fields: FormField[],
  raw: RawValues,
): { values: Record<string, unknown>; errors: Record<string, string> } {
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const kind = controlFor(field);
    if (kind === 'readonly') {
      continue;
    }
    const text = raw[field.id] ?? '';
    if (kind === 'checkbox') {
      values[field.id] = text === 'true';
      continue;
    }
    if (kind === 'checklist') {
      // Nothing ticked is an answer too: the server compares it with the recommendation.
      values[field.id] = tickedChoices(text);
      continue;
    }
    if (text.trim() === '') {
      continue;
    }
    switch (kind) {
      case 'yesno':
        values[field.id] = text === 'true';
        break;
      case 'number': {
        const trimmed = text.trim();
        if (!/^-?\d+$/.test(trimmed)) {
          errors[field.id] = 'must be a whole number';
        } else {
          const n = Number(trimmed);
          // Beyond 2^53 a JSON number loses digits; the server reads the digits as text instead.
          values[field.id] = Number.isSafeInteger(n) ? n : trimmed;
        }
        break;
      }
      case 'date':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) {
          errors[field.id] = 'must be a date as YYYY-MM-DD';
        } else {
          values[field.id] = text.trim();
        }
        break;
      default:
        values[field.id] = text;
    }
  }
  return { values, errors };
}

/**
 * Places field errors (the server's 400 `fields`, or the client's own) next to the fields; errors
 * about ids that are not fields of this form, and the general message, go to the summary only.
 */
export function placeErrors(
  fields: FormField[],
  fieldErrors: Record<string, string>,
  message?: string,
): PlacedErrors {
  const inline: Record<string, string> = {};
  const summary: SummaryItem[] = [];
  for (const field of fields) {
    const problem = fieldErrors[field.id];
    if (problem !== undefined) {
      inline[field.id] = sentence(field.label, problem);
      summary.push({ fieldId: field.id, text: inline[field.id] });
    }
  }
  for (const [id, problem] of Object.entries(fieldErrors)) {
    if (!fields.some((f) => f.id === id)) {
      summary.push({ text: sentence(id, problem) });
    }
  }
  if (summary.length === 0 && message) {
    summary.push({ text: message });
  }
  return { inline, summary };
}

/** "Classification" + "is required" → "Classification is required". */
function sentence(label: string, problem: string): string {
  return /^[a-z]/.test(problem) ? `${label} ${problem}` : problem;
}

/** How a read-only (or history) value reads. */
export function displayValue(field: FormField, value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return 'Not given';
  }
  if (field.type === 'boolean') {
    return value === true || value === 'true' ? 'Yes' : 'No';
  }
  if (field.type === 'enum') {
    return field.values.find((v) => v.id === value)?.label ?? textOf(value);
  }
  if (field.type === 'date') {
    return formatDate(textOf(value));
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? 'None' : value.map(String).join(', ');
  }
  return textOf(value);
}

function textOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export interface FormModel {
  fields: FormField[];
  raw: RawValues;
  errors: PlacedErrors;
  busy: boolean;
  submitLabel: string;
}

export interface FormHandlers {
  change(fieldId: string, raw: string): void;
  submit(): void;
  focusField(fieldId: string): void;
}

/** The whole form: error summary, one control per field, submit button. */
export function renderForm(model: FormModel, on: FormHandlers): TemplateResult {
  return html`
    ${renderSummary(model.errors, on)}
    <form
      class="task-form"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        on.submit();
      }}
    >
      ${model.fields.length === 0 ? html`<p>This task has no form fields: completing it records that it is done.</p>` : nothing}
      ${model.fields.map((field) => renderField(field, model.raw[field.id] ?? '', model.errors.inline[field.id], on))}
      <div class="actions">
        <button
          type="submit"
          class="primary"
          ?disabled=${model.busy}
          aria-disabled=${model.busy ? 'true' : 'false'}
        >
          ${model.busy ? 'Saving…' : model.submitLabel}
        </button>
      </div>
    </form>
  `;
}

export function renderSummary(
  errors: PlacedErrors,
  on: Pick<FormHandlers, 'focusField'>,
  toId: (fieldId: string) => string = controlId,
): TemplateResult | typeof nothing {
  return renderErrorSummary(errors, toId, on.focusField);
}

export function renderField(
  field: FormField,
  raw: string,
  error: string | undefined,
  on: Pick<FormHandlers, 'change'>,
): TemplateResult {
  const kind = controlFor(field);
  const id = controlId(field.id);
  const errorId = `${id}-error`;
  const describedBy = error ? errorId : undefined;
  const invalid = error ? 'true' : 'false';
  const required = field.required && kind !== 'readonly';
  const label = html`${field.label}${required ? html` <span class="required">(required)</span>` : nothing}`;
  const errorLine = error
    ? html`<p class="field-error" id=${errorId}>
        <span class="visually-hidden">Error: </span>${error}
      </p>`
    : nothing;
  const value = (e: Event) => on.change(field.id, (e.target as HTMLInputElement).value);
  const cls = `field field-${kind}${error ? ' has-error' : ''}`;

  switch (kind) {
    case 'readonly':
      return html`<div class=${cls} data-field=${field.id}>
        <span class="label" id=${`${id}-label`}>${field.label}</span>
        <p class="readonly-value" id=${id} aria-labelledby=${`${id}-label`}>
          ${displayValue(field, field.value ?? field.defaultValue)}
        </p>
        ${errorLine}
      </div>`;
    case 'checkbox':
      return html`<div class=${cls} data-field=${field.id}>
        <input
          type="checkbox"
          id=${id}
          name=${field.id}
          .checked=${live(raw === 'true')}
          aria-invalid=${invalid}
          aria-describedby=${describedBy ?? nothing}
          @change=${(e: Event) => on.change(field.id, (e.target as HTMLInputElement).checked ? 'true' : 'false')}
        />
        <label for=${id}>${label}</label>
        ${errorLine}
      </div>`;
    case 'yesno':
      return choiceGroup(
        field,
        id,
        cls,
        label,
        errorLine,
        describedBy,
        [
          { id: 'true', label: 'Yes' },
          { id: 'false', label: 'No' },
        ],
        raw,
        on,
      );
    case 'radios':
      return choiceGroup(field, id, cls, label, errorLine, describedBy, field.values, raw, on);
    case 'checklist': {
      const ticked = new Set(tickedChoices(raw));
      return html`<fieldset
        class=${cls}
        data-field=${field.id}
        id=${id}
        tabindex="-1"
        aria-describedby=${describedBy ?? nothing}
        aria-invalid=${invalid}
      >
        <legend>${label}</legend>
        ${errorLine}
        <div class="choices">
          ${field.values.map(
            (option, i) =>
              html`<div class="choice">
                <input
                  type="checkbox"
                  id=${`${id}-${i}`}
                  name=${field.id}
                  value=${option.id}
                  .checked=${live(ticked.has(option.id))}
                  @change=${(e: Event) =>
                    on.change(
                      field.id,
                      toggleChoice(field, raw, option.id, (e.target as HTMLInputElement).checked),
                    )}
                />
                <label for=${`${id}-${i}`}>${option.label}</label>
              </div>`,
          )}
        </div>
      </fieldset>`;
    }
    case 'select':
      return html`<div class=${cls} data-field=${field.id}>
        <label for=${id}>${label}</label>
        ${errorLine}
        <select
          id=${id}
          name=${field.id}
          aria-required=${required ? 'true' : 'false'}
          aria-invalid=${invalid}
          aria-describedby=${describedBy ?? nothing}
          @change=${value}
        >
          <option value="" ?selected=${raw === ''}>Choose…</option>
          ${field.values.map((v) => html`<option value=${v.id} ?selected=${raw === v.id}>${v.label}</option>`)}
        </select>
      </div>`;
    case 'textarea':
      return html`<div class=${cls} data-field=${field.id}>
        <label for=${id}>${label}</label>
        ${errorLine}
        <textarea
          id=${id}
          name=${field.id}
          rows="4"
          aria-required=${required ? 'true' : 'false'}
          aria-invalid=${invalid}
          aria-describedby=${describedBy ?? nothing}
          .value=${live(raw)}
          @input=${value}
        ></textarea>
      </div>`;
    default: {
      const type = kind === 'number' ? 'number' : kind === 'date' ? 'date' : 'text';
      return html`<div class=${cls} data-field=${field.id}>
        <label for=${id}>${label}</label>
        ${errorLine}
        <input
          type=${type}
          id=${id}
          name=${field.id}
          step=${kind === 'number' ? '1' : nothing}
          inputmode=${kind === 'number' ? 'numeric' : nothing}
          aria-required=${required ? 'true' : 'false'}
          aria-invalid=${invalid}
          aria-describedby=${describedBy ?? nothing}
          .value=${live(raw)}
          @input=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            // A number box holding "1e" or "abc" reports '' as its value; keep it visible as an error.
            on.change(field.id, input.validity?.badInput ? 'not a number' : input.value);
          }}
        />
      </div>`;
    }
  }
}

function choiceGroup(
  field: FormField,
  id: string,
  cls: string,
  label: TemplateResult,
  errorLine: TemplateResult | typeof nothing,
  describedBy: string | undefined,
  options: { id: string; label: string }[],
  raw: string,
  on: Pick<FormHandlers, 'change'>,
): TemplateResult {
  return html`<fieldset
    class=${cls}
    data-field=${field.id}
    id=${id}
    tabindex="-1"
    aria-describedby=${describedBy ?? nothing}
    aria-invalid=${describedBy ? 'true' : 'false'}
  >
    <legend>${label}</legend>
    ${errorLine}
    <div class="choices">
      ${options.map(
        (option, i) =>
          html`<div class="choice">
            <input
              type="radio"
              id=${`${id}-${i}`}
              name=${field.id}
              value=${option.id}
              .checked=${live(raw === option.id)}
              @change=${() => on.change(field.id, option.id)}
            />
            <label for=${`${id}-${i}`}>${option.label}</label>
          </div>`,
      )}
    </div>
  </fieldset>`;
}
