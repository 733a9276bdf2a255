// Naming a pupil: the pupil reference, looked up in the school's pupil register as you type. A
// pupil chosen from the register brings their year group with them; a reference the register does
// not hold (a new arrival the export has not caught up with, a pupil of another school) is still
// taken, and the field says it is not in the register. Never a name: the register holds none.

import { html, nothing, type TemplateResult } from 'lit-html';
import { pupils, type RegisteredPupil } from './api';
import { LookupPicker, type Register } from '../../forms/lookupField';

/** The shortest text the register is searched for (the server refuses shorter searches from staff). */
export const MIN_PUPIL_SEARCH = 2;

/** "P-0042 — Year 8", and "(left)" for a pupil who has left the school. */
export function pupilLabel(p: RegisteredPupil): string {
  return `${p.reference} — ${p.yearGroup}${p.left ? ' (left)' : ''}`;
}

/** The pupil register, as a lookup field speaks of it. */
export const PUPIL_REGISTER: Register<RegisteredPupil> = {
  name: 'pupil',
  plural: 'pupils',
  listLabel: 'Pupils in the register',
  option: (p) =>
    html`<span class="pupil-reference">${p.reference}</span> —
      <span class="pupil-year">${p.yearGroup}</span>${
        p.left ? html` <span class="pupil-left">(left)</span>` : nothing
      }`,
  exact: (p, typed) => p.reference.toLowerCase() === typed,
  chosen: (p) => `In the pupil register: ${pupilLabel(p)}.`,
  searching: 'Searching the pupil register…',
  matches: (n) =>
    `${n === 1 ? '1 pupil matches' : `${n} pupils match`}: choose with the arrow keys and Enter, or keep typing.`,
  nobody: 'Not in the register: the reference will be sent as typed.',
  notChosen: 'Not chosen from the register: the reference will be sent as typed.',
  refused: 'You cannot search the pupil register: type the reference.',
  unavailable: 'The pupil register cannot be searched just now: type the reference.',
  minLength: MIN_PUPIL_SEARCH,
  tooShort: `Type at least ${MIN_PUPIL_SEARCH} characters of the reference to search the register.`,
  autocapitalize: 'characters',
};

export interface PupilControl {
  id: string;
  reference: string;
  /** The register's entry, when the reference was chosen from it. */
  registered: RegisteredPupil | null;
  change(reference: string, registered: RegisteredPupil | null): void;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
}

/** One pupil field's passing state. */
export class PupilPicker {
  private readonly picker: LookupPicker<RegisteredPupil>;

  constructor(
    redraw: () => void,
    find: (text: string) => Promise<RegisteredPupil[]> = pupils.search,
    delayMs = 200,
  ) {
    this.picker = new LookupPicker(PUPIL_REGISTER, redraw, find, delayMs);
  }

  render(c: PupilControl): TemplateResult {
    return this.picker.render(
      {
        id: c.id,
        text: c.reference,
        chosen: c.registered,
        change: (text, registered) => c.change(text, registered),
        describedBy: c.describedBy,
        invalid: c.invalid,
        required: c.required,
      },
      (p) => p.reference,
    );
  }

  dispose(): void {
    this.picker.dispose();
  }
}

/**
 * "P-0042, Year 8" added as a line of a list of pupils typed one a line (the allegation form's
 * children), unless a line already names that reference.
 */
export function addPupilLine(list: string, p: RegisteredPupil): string {
  const lines = list
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const named = lines.some(
    (l) =>
      l
        .split(/[,;\t]/)[0]
        .trim()
        .toLowerCase() === p.reference.toLowerCase(),
  );
  return named ? lines.join('\n') : [...lines, `${p.reference}, ${p.yearGroup}`].join('\n');
}

/**
 * A register lookup beside a list of pupils typed one a line: a pupil chosen is added to the list
 * and the lookup is cleared for the next one. The list itself still takes any reference typed.
 */
export function pupilAdders(redraw: () => void): {
  render(name: string, id: string, add: (p: RegisteredPupil) => void): TemplateResult;
  dispose(): void;
} {
  const adders = new Map<string, { picker: PupilPicker; text: string }>();
  return {
    render(name, id, add) {
      let adder = adders.get(name);
      if (!adder) {
        adder = { picker: new PupilPicker(redraw), text: '' };
        adders.set(name, adder);
      }
      const a = adder;
      return a.picker.render({
        id,
        reference: a.text,
        registered: null,
        change: (reference, registered) => {
          if (registered) {
            a.text = '';
            add(registered);
          } else {
            a.text = reference;
          }
        },
      });
    },
    dispose() {
      adders.forEach((a) => a.picker.dispose());
    },
  };
}
