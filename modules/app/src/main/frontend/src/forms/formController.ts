// The one form controller every form uses: the checks a user should not wait for the server to
// make, the error summary at the top (each problem a link that focuses its field), the problems
// beside their fields, focus on the summary when there are problems, a busy state while sending,
// and the server's JSON field errors (a 400's `fields`) placed on the fields they are about.

import { html, nothing, type TemplateResult } from 'lit-html';
import { ApiError } from '../platform/http';
import { focusControl } from '../shell/app';
import type { PlacedErrors, SummaryItem } from './taskForm';

export const NO_ERRORS: PlacedErrors = { inline: {}, summary: [] };

/** Problems by field key (ours) or server path (the server's). */
export type FieldProblems = Record<string, string>;

export interface FormControllerOptions {
  /** Redraws the page (lit-html only touches what changed). */
  update(): void;
  /** The checks made before sending: problems by field key, none when the form may be sent. */
  validate?(): FieldProblems;
  /**
   * Places problems beside their fields and in the summary, in form order; `message` is the
   * server's words when it named no field. By default each key is its own field, in key order.
   */
  place?(problems: FieldProblems, message?: string): PlacedErrors;
  /** The id of the control a field key names (the summary links to it); the key itself by default. */
  controlId?(key: string): string;
  /**
   * A refusal the form words itself (e.g. a wrong password at sign-in), or undefined for the
   * server's field errors and message. A 401 is otherwise the shell's business (back to sign-in).
   */
  refusal?(error: ApiError): PlacedErrors | undefined;
  /** What gets focus when problems show: the error summary by default. */
  focusOnProblem?: string;
  /** Called after a refusal was shown (e.g. to empty a password box). */
  refused?(error: ApiError): void;
}

/** Each key its own field, summary in the order given, the server's message if no field was named. */
export function placeByKey(problems: FieldProblems, message?: string): PlacedErrors {
  const inline: Record<string, string> = { ...problems };
  const summary: SummaryItem[] = Object.entries(problems).map(([fieldId, text]) => ({
    fieldId,
    text,
  }));
  if (summary.length === 0 && message) summary.push({ text: message });
  return { inline, summary };
}

export class FormController {
  errors: PlacedErrors = NO_ERRORS;
  busy = false;

  constructor(private readonly options: FormControllerOptions) {}

  /**
   * Checks, then sends with the form busy; on a refusal shows the problems and focuses the summary.
   * Resolves true when `send` succeeded. A second submit while busy does nothing.
   */
  async submit(send: () => Promise<void>): Promise<boolean> {
    if (this.busy) return false;
    const local = this.options.validate?.() ?? {};
    if (Object.keys(local).length > 0) {
      this.show(this.place(local));
      return false;
    }
    this.busy = true;
    this.errors = NO_ERRORS;
    this.options.update();
    try {
      await send();
      this.busy = false;
      this.options.update();
      return true;
    } catch (e) {
      this.busy = false;
      const error = e instanceof ApiError ? e : new ApiError(0, 'Error', String(e));
      const own = this.options.refusal?.(error);
      if (!own && error.status === 401) {
        this.options.update();
        return false;
      }
      this.show(own ?? this.place(error.fields, error.message));
      this.options.refused?.(error);
      return false;
    }
  }

  /** Shows these problems (placed already) and moves focus to the summary. */
  show(placed: PlacedErrors): void {
    this.errors = placed;
    this.options.update();
    const target = this.options.focusOnProblem ?? '#error-summary';
    requestAnimationFrame(() => document.querySelector<HTMLElement>(target)?.focus());
  }

  /** Problems by field key or server path, placed as this form places them. */
  showProblems(problems: FieldProblems, message?: string): void {
    this.show(this.place(problems, message));
  }

  clear(): void {
    this.errors = NO_ERRORS;
  }

  /** The error summary: "There is a problem", each problem a link to its field. */
  summary(): TemplateResult | typeof nothing {
    return renderErrorSummary(this.errors, (key) => this.controlId(key));
  }

  /** The problem beside a field, announced with the word "Error". */
  fieldError(key: string): TemplateResult | typeof nothing {
    const message = this.errors.inline[key];
    const id = this.controlId(key);
    return message
      ? html`<p class="field-error" id=${`${id}-error`}>
          <span class="visually-hidden">Error: </span>${message}
        </p>`
      : nothing;
  }

  /** aria-invalid and aria-describedby for a field's control. */
  aria(key: string): { invalid: 'true' | 'false'; describedBy: string | undefined } {
    const wrong = Boolean(this.errors.inline[key]);
    return {
      invalid: wrong ? 'true' : 'false',
      describedBy: wrong ? `${this.controlId(key)}-error` : undefined,
    };
  }

  /** The field wrapper's class: `field`, and `has-error` when it has a problem. */
  fieldClass(key: string): string {
    return `field${this.errors.inline[key] ? ' has-error' : ''}`;
  }

  private place(problems: FieldProblems, message?: string): PlacedErrors {
    return (this.options.place ?? placeByKey)(problems, message);
  }

  private controlId(key: string): string {
    return this.options.controlId?.(key) ?? key;
  }
}

/** Makes the controller for one form. */
export function formController(options: FormControllerOptions): FormController {
  return new FormController(options);
}

/** The summary markup (shared with forms that place errors themselves, like the task form). */
export function renderErrorSummary(
  errors: PlacedErrors,
  controlId: (key: string) => string,
  focus: (key: string) => void = (key) => focusControl(controlId(key)),
): TemplateResult | typeof nothing {
  if (errors.summary.length === 0) return nothing;
  return html`
    <div
      class="error-summary"
      id="error-summary"
      tabindex="-1"
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        ${errors.summary.map((item) =>
          item.fieldId
            ? html`<li>
                <a
                  href=${`#${controlId(item.fieldId)}`}
                  @click=${(e: Event) => {
                    e.preventDefault();
                    focus(item.fieldId!);
                  }}
                  >${item.text}</a
                >
              </li>`
            : html`<li>${item.text}</li>`,
        )}
      </ul>
    </div>
  `;
}
