// A field that looks something up in one of Beacon's registers as you type (the staff directory,
// the pupil register) and still takes text the register does not hold. Only an entry chosen from
// the list counts as chosen; anything else is sent as typed, and the field says so.
//
// The control is the ARIA combobox pattern: an <input role="combobox"> owning a listbox of options,
// arrow keys to move, Enter to choose, Escape to close, with a status line saying what will be sent.

import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { ApiError } from '../platform/http';

/**
 * Asks the register at most once per pause in typing (`delayMs`), and only ever shows the answer
 * to the latest question: a slow answer to "da" never replaces the one to "dana".
 */
export function latestSearch<T>(
  find: (text: string) => Promise<T[]>,
  show: (found: T[], problem?: unknown) => void,
  delayMs = 200,
): { search(text: string, now?: boolean): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    latest++;
  };
  return {
    search(text: string, now = false) {
      cancel();
      const ticket = latest;
      const ask = () => {
        timer = undefined;
        find(text).then(
          (found) => {
            if (ticket === latest) show(found);
          },
          (problem: unknown) => {
            if (ticket === latest) show([], problem);
          },
        );
      };
      if (now) ask();
      else timer = setTimeout(ask, delayMs);
    },
    cancel,
  };
}

/** What one kind of lookup field says and shows: the register's own words. */
export interface Register<T> {
  /** Ids and classes: `${id}-${name}-${i}` for options, `${id}-${plural}` for the list. */
  name: string;
  plural: string;
  /** The list's accessible name, e.g. "People in Beacon’s directory". */
  listLabel: string;
  option(item: T): TemplateResult;
  /** Whether the text typed names this entry exactly (it is then under the arrow keys at once). */
  exact(item: T, typed: string): boolean;
  /** The status once an entry is chosen. */
  chosen(item: T): string;
  searching: string;
  matches(n: number): string;
  nobody: string;
  notChosen: string;
  /** When the register answers 403, and when it cannot be searched at all. */
  refused: string;
  unavailable: string;
  /** Below this many characters nothing is asked (the server refuses shorter searches). */
  minLength?: number;
  tooShort?: string;
  autocapitalize?: string;
}

/** One field as its form holds it: the text shown and the entry chosen, if any. */
export interface LookupControl<T> {
  id: string;
  text: string;
  chosen: T | null;
  change(text: string, chosen: T | null): void;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
}

/** One lookup field's passing state: the entries found, whether the list is open, the option under the arrow keys. */
export class LookupPicker<T> {
  private found: T[] = [];
  private open = false;
  private active = -1;
  private searching = false;
  private searched = '';
  private unavailable: string | undefined;
  private focused = false;
  private readonly search: ReturnType<typeof latestSearch<T>>;

  constructor(
    private readonly register: Register<T>,
    private readonly redraw: () => void,
    find: (text: string) => Promise<T[]>,
    delayMs = 200,
  ) {
    this.search = latestSearch(find, (found, problem) => this.show(found, problem), delayMs);
  }

  private show(found: T[], problem?: unknown): void {
    this.searching = false;
    if (problem !== undefined) {
      // A refusal or a failure: the field still takes text; it just cannot suggest anything.
      this.unavailable =
        problem instanceof ApiError && problem.status === 403
          ? this.register.refused
          : this.register.unavailable;
      this.found = [];
      this.open = false;
    } else {
      this.unavailable = undefined;
      this.found = found;
      this.open = this.focused && found.length > 0;
      const typed = this.searched.trim().toLowerCase();
      const exact = found.filter((item) => this.register.exact(item, typed));
      this.active = exact.length === 1 ? found.indexOf(exact[0]) : -1;
    }
    this.redraw();
  }

  private tooShort(text: string): boolean {
    return text.trim().length < (this.register.minLength ?? 1);
  }

  private ask(text: string, now = false): void {
    this.searched = text;
    if (
      (text.trim() === '' && !now) ||
      (this.register.minLength !== undefined && this.tooShort(text))
    ) {
      this.search.cancel();
      this.searching = false;
      this.found = [];
      this.open = false;
      this.active = -1;
      return;
    }
    this.searching = true;
    this.search.search(text.trim(), now);
  }

  private close(): void {
    this.open = false;
    this.active = -1;
  }

  private choose(c: LookupControl<T>, item: T, text: string): void {
    this.close();
    this.search.cancel();
    this.searching = false;
    c.change(text, item);
    this.redraw();
  }

  private keydown(c: LookupControl<T>, e: KeyboardEvent, textOf: (item: T) => string): void {
    const n = this.found.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!this.open) {
        if (n === 0) {
          this.ask(c.text, true);
          this.redraw();
          return;
        }
        this.open = true;
      }
      this.active =
        e.key === 'ArrowDown' ? (this.active + 1) % n : this.active <= 0 ? n - 1 : this.active - 1;
      this.redraw();
    } else if (e.key === 'Enter' && this.open && this.active >= 0) {
      e.preventDefault();
      const item = this.found[this.active];
      this.choose(c, item, textOf(item));
    } else if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      this.close();
      this.redraw();
    }
  }

  private status(c: LookupControl<T>): string {
    const r = this.register;
    if (c.chosen) return r.chosen(c.chosen);
    if (c.text.trim() === '') return '';
    if (this.unavailable) return this.unavailable;
    if (r.minLength !== undefined && this.tooShort(c.text)) return r.tooShort ?? r.notChosen;
    if (this.searching) return r.searching;
    if (this.open) return r.matches(this.found.length);
    if (this.searched.trim() !== '' && this.found.length === 0) return r.nobody;
    return r.notChosen;
  }

  /** @param textOf what the input shows once an entry is chosen */
  render(c: LookupControl<T>, textOf: (item: T) => string): TemplateResult {
    const r = this.register;
    const listId = `${c.id}-${r.plural}`;
    const statusId = `${c.id}-status`;
    const optionId = (i: number) => `${c.id}-${r.name}-${i}`;
    const describedBy = [c.describedBy, statusId].filter(Boolean).join(' ');
    return html`<div class="lookup-field ${r.name}-field">
      <input
        id=${c.id}
        type="text"
        role="combobox"
        autocomplete="off"
        autocapitalize=${r.autocapitalize ?? 'off'}
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${this.open && this.active >= 0 ? optionId(this.active) : nothing}
        aria-describedby=${describedBy}
        aria-invalid=${c.invalid ? 'true' : 'false'}
        aria-required=${c.required ? 'true' : 'false'}
        .value=${live(c.text)}
        @input=${(e: Event) => {
          const text = (e.target as HTMLInputElement).value;
          this.ask(text);
          c.change(text, null);
          this.redraw();
        }}
        @keydown=${(e: KeyboardEvent) => this.keydown(c, e, textOf)}
        @focus=${() => {
          this.focused = true;
        }}
        @blur=${() => {
          this.focused = false;
          if (this.open) {
            this.close();
            this.redraw();
          }
        }}
      />
      <ul
        class="lookup-options ${r.name}-options"
        id=${listId}
        role="listbox"
        aria-label=${r.listLabel}
        ?hidden=${!this.open}
      >
        ${
          this.open
            ? this.found.map(
                (item, i) =>
                  html`<li
                    id=${optionId(i)}
                    role="option"
                    class=${i === this.active ? 'active' : ''}
                    aria-selected=${i === this.active ? 'true' : 'false'}
                    @mousedown=${(e: Event) => e.preventDefault()}
                    @click=${() => this.choose(c, item, textOf(item))}
                  >
                    ${r.option(item)}
                  </li>`,
              )
            : nothing
        }
      </ul>
      <p class="hint lookup-status" id=${statusId} aria-live="polite">${this.status(c)}</p>
    </div>`;
  }

  dispose(): void {
    this.search.cancel();
  }
}
