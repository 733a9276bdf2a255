// Naming a member of staff: one field that searches Beacon's directory as you type and falls back
// to the text typed for someone without an account. Only a person chosen from the list is sent as a
// username; anything else goes as a name, and the server resolves it (or asks a DSL to).
//
// The control is the ARIA combobox pattern: an <input role="combobox"> owning a listbox of options,
// arrow keys to move, Enter to choose, Escape to close, with a status line saying what will be sent.

import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { api, ApiError, type Person } from '../api';

/** What a person field holds: the text shown, and the directory entry if one was chosen. */
export interface PersonPick {
  text: string;
  person: Person | null;
}

export const NO_PICK: PersonPick = { text: '', person: null };

/** "Dana Lead — dsl, head": the display name with the roles beside it. */
export function personLabel(p: Person): string {
  return p.roles.length > 0 ? `${p.displayName} — ${p.roles.join(', ')}` : p.displayName;
}

export function chosen(p: Person): PersonPick {
  return { text: p.displayName, person: p };
}

/** Whatever a form value is (a pick, an old plain string, nothing), as a pick. */
export function asPick(value: unknown): PersonPick {
  if (typeof value === 'string') return { text: value, person: null };
  if (value && typeof value === 'object' && typeof (value as PersonPick).text === 'string') {
    const pick = value as PersonPick;
    return { text: pick.text, person: pick.person ?? null };
  }
  return NO_PICK;
}

/** What the server is sent: {username} for someone chosen from the directory, {name} for text typed, null for nothing. */
export function personRef(value: unknown): { username: string } | { name: string } | null {
  const pick = asPick(value);
  if (pick.person) return { username: pick.person.username };
  const name = pick.text.trim();
  return name ? { name } : null;
}

/**
 * Asks the directory at most once per pause in typing (`delayMs`), and only ever shows the answer
 * to the latest question: a slow answer to "da" never replaces the one to "dana".
 */
export function peopleSearch(
  find: (text: string) => Promise<Person[]>,
  show: (people: Person[], problem?: unknown) => void,
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
          (people) => {
            if (ticket === latest) show(people);
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

export interface PersonControl {
  id: string;
  value: PersonPick;
  change(pick: PersonPick): void;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
}

/** One person field's passing state: the people found, whether the list is open, the option under the arrow keys. */
export class PersonPicker {
  private people: Person[] = [];
  private open = false;
  private active = -1;
  private searching = false;
  private searched = '';
  private unavailable: string | undefined;
  private focused = false;
  private readonly search: ReturnType<typeof peopleSearch>;

  constructor(
    private readonly redraw: () => void,
    find: (text: string) => Promise<Person[]> = api.people,
    delayMs = 200,
  ) {
    this.search = peopleSearch(find, (people, problem) => this.found(people, problem), delayMs);
  }

  private found(people: Person[], problem?: unknown): void {
    this.searching = false;
    if (problem !== undefined) {
      // A governor (403) or a failure: the field still takes a name; it just cannot suggest anyone.
      this.unavailable =
        problem instanceof ApiError && problem.status === 403
          ? 'You cannot search the staff directory: type their name.'
          : 'The staff directory cannot be searched just now: type their name.';
      this.people = [];
      this.open = false;
    } else {
      this.unavailable = undefined;
      this.people = people;
      this.open = this.focused && people.length > 0;
      const typed = this.searched.trim().toLowerCase();
      const exact = people.filter((p) => p.displayName.toLowerCase() === typed || p.username.toLowerCase() === typed);
      this.active = exact.length === 1 ? people.indexOf(exact[0]) : -1;
    }
    this.redraw();
  }

  private ask(text: string, now = false): void {
    this.searched = text;
    if (text.trim() === '' && !now) {
      this.search.cancel();
      this.searching = false;
      this.people = [];
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

  private choose(c: PersonControl, p: Person): void {
    this.close();
    this.search.cancel();
    this.searching = false;
    c.change(chosen(p));
    this.redraw();
  }

  private keydown(c: PersonControl, e: KeyboardEvent): void {
    const n = this.people.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!this.open) {
        if (n === 0) {
          this.ask(c.value.text, true);
          this.redraw();
          return;
        }
        this.open = true;
      }
      this.active = e.key === 'ArrowDown' ? (this.active + 1) % n : this.active <= 0 ? n - 1 : this.active - 1;
      this.redraw();
    } else if (e.key === 'Enter' && this.open && this.active >= 0) {
      e.preventDefault();
      this.choose(c, this.people[this.active]);
    } else if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      this.close();
      this.redraw();
    }
  }

  private status(c: PersonControl): string {
    const pick = c.value;
    if (pick.person) return `From Beacon’s directory: ${personLabel(pick.person)}.`;
    if (pick.text.trim() === '') return '';
    if (this.unavailable) return this.unavailable;
    if (this.searching) return 'Searching the staff directory…';
    if (this.open) {
      const n = this.people.length;
      return `${n === 1 ? '1 person matches' : `${n} people match`}: choose with the arrow keys and Enter, or keep typing.`;
    }
    if (this.searched.trim() !== '' && this.people.length === 0) {
      return 'Nobody in the directory matches: the name will be sent as typed, for someone without a Beacon account.';
    }
    return 'Not chosen from the directory: the name will be sent as typed.';
  }

  render(c: PersonControl): TemplateResult {
    const listId = `${c.id}-people`;
    const statusId = `${c.id}-status`;
    const optionId = (i: number) => `${c.id}-person-${i}`;
    const describedBy = [c.describedBy, statusId].filter(Boolean).join(' ');
    return html`<div class="person-field">
      <input
        id=${c.id}
        type="text"
        role="combobox"
        autocomplete="off"
        autocapitalize="words"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${this.open && this.active >= 0 ? optionId(this.active) : nothing}
        aria-describedby=${describedBy}
        aria-invalid=${c.invalid ? 'true' : 'false'}
        aria-required=${c.required ? 'true' : 'false'}
        .value=${live(c.value.text)}
        @input=${(e: Event) => {
          const text = (e.target as HTMLInputElement).value;
          this.ask(text);
          c.change({ text, person: null });
          this.redraw();
        }}
        @keydown=${(e: KeyboardEvent) => this.keydown(c, e)}
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
      <ul class="person-options" id=${listId} role="listbox" aria-label="People in Beacon’s directory" ?hidden=${!this.open}>
        ${this.open
          ? this.people.map(
              (p, i) => html`<li
                id=${optionId(i)}
                role="option"
                class=${i === this.active ? 'active' : ''}
                aria-selected=${i === this.active ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.choose(c, p)}
              >
                <span class="person-name">${p.displayName}</span>${p.roles.length > 0
                  ? html` — <span class="person-roles">${p.roles.join(', ')}</span>`
                  : nothing}
              </li>`,
            )
          : nothing}
      </ul>
      <p class="hint person-status" id=${statusId} aria-live="polite">${this.status(c)}</p>
    </div>`;
  }

  dispose(): void {
    this.search.cancel();
  }
}

/** Person pickers for a form's fields, one per field name, made when first drawn. */
export function personPickers(redraw: () => void): { render(name: string, c: PersonControl): TemplateResult; dispose(): void } {
  const pickers = new Map<string, PersonPicker>();
  return {
    render(name, c) {
      let picker = pickers.get(name);
      if (!picker) {
        picker = new PersonPicker(redraw);
        pickers.set(name, picker);
      }
      return picker.render(c);
    },
    dispose() {
      pickers.forEach((p) => p.dispose());
    },
  };
}
