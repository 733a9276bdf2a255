// What every view gets from the shell: the signed-in user, a way to redraw, to move elsewhere and
// to tell screen-reader users what changed.

import type { TemplateResult } from 'lit-html';
import type { Session } from '../platform/http';

export interface Context {
  readonly session: Session;
  /** Redraws the current view (cheap: lit-html only touches what changed, so focus and scroll stay). */
  update(): void;
  navigate(hash: string): void;
  /** Said politely by screen readers, through the shell's aria-live region. */
  announce(message: string): void;
  /** A confirmation shown once on the next page (e.g. after completing a task). */
  flash(message: string): void;
  takeFlash(): string | undefined;
}

export interface View {
  /** The page title and its h1. */
  title(): string;
  render(): TemplateResult;
  /** Stops timers and requests when the page is left. */
  dispose?(): void;
}

/** Moves keyboard focus to an element after the next redraw has put it on the page. */
export function focusSoon(selector: string): void {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(selector);
    element?.focus();
  });
}

/** Focuses a form control by id; for a group of radios, its checked (or first) radio. */
export function focusControl(id: string): void {
  const element = document.getElementById(id);
  if (!element) {
    return;
  }
  if (element.tagName === 'FIELDSET') {
    const radio =
      element.querySelector<HTMLInputElement>('input:checked') ??
      element.querySelector<HTMLInputElement>('input');
    (radio ?? element).focus();
    return;
  }
  element.focus();
}
