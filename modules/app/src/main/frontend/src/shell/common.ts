// Small pieces the case, filtering and governance screens share: loading a record once, saying
// plainly when the server refuses it, and fact lists that leave out what the server left out.

import { html, nothing, type TemplateResult } from 'lit-html';
import { ApiError, refusal } from '../platform/http';
import type { Context } from './app';

export interface Load<T> {
  value?: T;
  problem?: string;
  /** 403 or 404: the caller may not see it (or it does not exist); nothing of it is shown */
  refused?: boolean;
}

/**
 * Runs the request, keeps its answer or a plain message, and redraws (unless the page was left).
 * A 401 says nothing here: the shell goes back to the sign-in page.
 */
export function load<T>(
  ctx: Context,
  state: Load<T>,
  request: () => Promise<T>,
  what: string,
  alive: () => boolean,
): Promise<void> {
  return request()
    .then((value) => {
      state.value = value;
      state.problem = undefined;
      state.refused = false;
    })
    .catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 401) return;
      state.refused = e instanceof ApiError && (e.status === 403 || e.status === 404);
      state.problem = refusal(e, what);
    })
    .finally(() => {
      if (alive()) ctx.update();
    });
}

/** Loading…, the refusal or error, or the content. */
export function loaded<T>(state: Load<T>, content: (value: T) => TemplateResult): TemplateResult {
  if (state.problem) {
    return html`<div class=${state.refused ? 'notice refused' : 'error-summary'} role="alert">
      <p>${state.problem}</p>
    </div>`;
  }
  if (state.value === undefined) {
    return html`<p class="muted" role="status">Loading…</p>`;
  }
  return content(state.value);
}

export type Fact = [string, TemplateResult | string | number | null | undefined | boolean];

/** A definition list of the facts that have a value; booleans as Yes/No. */
export function facts(rows: Fact[]): TemplateResult {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '');
  return html`<dl class="facts">
    ${shown.map(
      ([label, value]) =>
        html`<dt>${label}</dt>
          <dd>${typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value}</dd>`,
    )}
  </dl>`;
}

/** A field's error beside it, announced with the word "Error". */
export function fieldError(
  id: string,
  message: string | undefined,
): TemplateResult | typeof nothing {
  return message
    ? html`<p class="field-error" id=${`${id}-error`}>
        <span class="visually-hidden">Error: </span>${message}
      </p>`
    : nothing;
}

/** The server's 400 field errors, written as sentences for the summary: "Url is required". */
export function sentence(label: string, problem: string): string {
  return /^[a-z]/.test(problem) ? `${label} ${problem}` : problem;
}

/** A tab strip of plain links (each tab its own address, so the back button works). */
export function tabs(
  items: { href: string; label: string; current: boolean }[],
  label: string,
): TemplateResult {
  return html`<nav class="tabs" aria-label=${label}>
    <ul>
      ${items.map((t) => html`<li><a href=${t.href} aria-current=${t.current ? 'page' : nothing}>${t.label}</a></li>`)}
    </ul>
  </nav>`;
}
