// Naming a member of staff: one field that searches Beacon's directory as you type and falls back
// to the text typed for someone without an account. Only a person chosen from the list is sent as a
// username; anything else goes as a name, and the server resolves it (or asks a DSL to). The
// combobox itself is the shared lookup field (forms/lookupField), with the directory's words.

import { html, nothing, type TemplateResult } from 'lit-html';
import { peopleApi, type Person } from './api';
import { latestSearch, LookupPicker, type Register } from '../../forms/lookupField';

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

/** The directory's search as you type: the latest answer only, once per pause in typing. */
export const peopleSearch = latestSearch<Person>;

export interface PersonControl {
  id: string;
  value: PersonPick;
  change(pick: PersonPick): void;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
}

/** The staff directory, as a lookup field speaks of it. */
export const DIRECTORY: Register<Person> = {
  name: 'person',
  plural: 'people',
  listLabel: 'People in Beacon’s directory',
  option: (p) =>
    html`<span class="person-name">${p.displayName}</span>${
        p.roles.length > 0
          ? html` — <span class="person-roles">${p.roles.join(', ')}</span>`
          : nothing
      }`,
  exact: (p, typed) => p.displayName.toLowerCase() === typed || p.username.toLowerCase() === typed,
  chosen: (p) => `From Beacon’s directory: ${personLabel(p)}.`,
  searching: 'Searching the staff directory…',
  matches: (n) =>
    `${n === 1 ? '1 person matches' : `${n} people match`}: choose with the arrow keys and Enter, or keep typing.`,
  nobody:
    'Nobody in the directory matches: the name will be sent as typed, for someone without a Beacon account.',
  notChosen: 'Not chosen from the directory: the name will be sent as typed.',
  refused: 'You cannot search the staff directory: type their name.',
  unavailable: 'The staff directory cannot be searched just now: type their name.',
  autocapitalize: 'words',
};

/** One person field's passing state: the people found, whether the list is open, the option under the arrow keys. */
export class PersonPicker {
  private readonly picker: LookupPicker<Person>;

  constructor(
    redraw: () => void,
    find: (text: string) => Promise<Person[]> = peopleApi.people,
    delayMs = 200,
  ) {
    this.picker = new LookupPicker(DIRECTORY, redraw, find, delayMs);
  }

  render(c: PersonControl): TemplateResult {
    return this.picker.render(
      {
        id: c.id,
        text: c.value.text,
        chosen: c.value.person,
        change: (text, person) => c.change({ text, person }),
        describedBy: c.describedBy,
        invalid: c.invalid,
        required: c.required,
      },
      (p) => p.displayName,
    );
  }

  dispose(): void {
    this.picker.dispose();
  }
}

/** Person pickers for a form's fields, one per field name, made when first drawn. */
export function personPickers(redraw: () => void): {
  render(name: string, c: PersonControl): TemplateResult;
  dispose(): void;
} {
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
