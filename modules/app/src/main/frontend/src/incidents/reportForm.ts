// The incident report: what the form holds, the JSON POST /api/incidents takes, and where the
// server's field errors (device.ownership, pupils[2].reference, urls[0], ...) go on the page.

import type { RegisteredPupil } from '../platform/pupils/api';
import { occurredAtWithOffset } from '../shell/format';
import type { PlacedErrors, SummaryItem } from '../forms/taskForm';
import { personRef, type PersonPick } from '../platform/people/personField';

export const YEAR_GROUPS = [
  'Nursery',
  'Reception',
  ...Array.from({ length: 13 }, (_, i) => `Year ${i + 1}`),
];

export interface Draft {
  /** datetime-local text, YYYY-MM-DDTHH:mm in the browser's time. */
  occurredAt: string;
  location: string;
  ownership: '' | 'school' | 'personal';
  identifier: string;
  description: string;
  typeFilter: string;
  incidentType: string;
  incidentTypeOther: string;
  /** Each with the register's entry when the reference was chosen from the pupil register. */
  pupils: { reference: string; yearGroup: string; registered?: RegisteredPupil | null }[];
  /** Each chosen from the directory, or typed for someone without a Beacon account. */
  staff: PersonPick[];
  urls: string[];
  immediateRisk: boolean;
}

export function emptyDraft(now: string): Draft {
  return {
    occurredAt: now,
    location: '',
    ownership: '',
    identifier: '',
    description: '',
    typeFilter: '',
    incidentType: '',
    incidentTypeOther: '',
    pupils: [],
    staff: [],
    urls: [],
    immediateRisk: false,
  };
}

/** Which form row each sent list entry came from: empty rows are not sent, so indexes can differ. */
export interface RowMap {
  pupils: number[];
  staff: number[];
  urls: number[];
}

export function reportPayload(draft: Draft): { body: Record<string, unknown>; rows: RowMap } {
  const rows: RowMap = { pupils: [], staff: [], urls: [] };
  const pupils = draft.pupils
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.reference.trim() !== '' || p.yearGroup !== '')
    .map(({ p, i }) => {
      rows.pupils.push(i);
      return { reference: p.reference.trim(), yearGroup: p.yearGroup };
    });
  const staff = draft.staff
    .map((s, i) => ({ s, i }))
    .map(({ s, i }) => ({ ref: personRef(s), i }))
    .filter(({ ref }) => ref !== null)
    .map(({ ref, i }) => {
      rows.staff.push(i);
      return ref;
    });
  const urls = draft.urls
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => u.trim() !== '')
    .map(({ u, i }) => {
      rows.urls.push(i);
      return u.trim();
    });
  const body: Record<string, unknown> = {
    occurredAt: occurredAtWithOffset(draft.occurredAt),
    location: draft.location.trim(),
    device: { ownership: draft.ownership, identifier: draft.identifier.trim() || null },
    description: draft.description.trim(),
    incidentType: draft.incidentType,
    incidentTypeOther: draft.incidentType === 'other' ? draft.incidentTypeOther.trim() : null,
    immediateRisk: draft.immediateRisk,
    pupils,
    staff,
    urls,
  };
  return { body, rows };
}

/**
 * The checks a phone user should not wait for the server to make: what is required and which
 * choices are missing, in plain words (paths as the server names them). The server checks it all again.
 */
export function checkReport(body: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
  if (blank(body.occurredAt)) errors.occurredAt = 'Enter the date and time it happened';
  if (blank(body.location)) errors.location = 'Enter where it happened';
  if (blank((body.device as { ownership?: string } | undefined)?.ownership)) {
    errors['device.ownership'] = 'Choose whether it was a school device or a personal device';
  }
  if (blank(body.incidentType)) errors.incidentType = 'Choose the type of incident';
  else if (body.incidentType === 'other' && blank(body.incidentTypeOther)) {
    errors.incidentTypeOther = 'Say what kind of incident it is';
  }
  if (blank(body.description)) errors.description = 'Say what happened';
  ((body.pupils as { reference: string; yearGroup: string }[] | undefined) ?? []).forEach(
    (pupil, i) => {
      if (blank(pupil.reference))
        errors[`pupils[${i}].reference`] = 'is required (or remove the row)';
      if (blank(pupil.yearGroup)) errors[`pupils[${i}].yearGroup`] = 'is required';
    },
  );
  return errors;
}

const SIMPLE: Record<string, [string, string]> = {
  occurredAt: ['r-occurred', 'When it happened'],
  location: ['r-location', 'Where it happened'],
  device: ['r-ownership', 'Whose device'],
  'device.ownership': ['r-ownership', 'Whose device'],
  'device.identifier': ['r-identifier', 'Which device'],
  description: ['r-description', 'What happened'],
  incidentType: ['r-type', 'Type of incident'],
  incidentTypeOther: ['r-type-other', 'What kind of incident'],
  immediateRisk: ['r-risk', 'Immediate risk'],
  pupils: ['r-pupils', 'Pupils'],
  staff: ['r-staff', 'Staff'],
  urls: ['r-urls', 'Web addresses'],
};

/** Where a server field error goes: the control's id and how to name it in a sentence. */
export function errorTarget(path: string, rows: RowMap): { id: string; label: string } | undefined {
  const simple = SIMPLE[path];
  if (simple) {
    return { id: simple[0], label: simple[1] };
  }
  const m = /^(pupils|staff|urls)\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (!m) {
    return undefined;
  }
  const list = m[1] as keyof RowMap;
  const row = rows[list][Number(m[2])] ?? Number(m[2]);
  const part = m[3];
  if (list === 'pupils') {
    return part === 'yearGroup'
      ? { id: `r-pupil-${row}-year`, label: `Pupil ${row + 1} year group` }
      : { id: `r-pupil-${row}-ref`, label: `Pupil ${row + 1} reference` };
  }
  if (list === 'staff') {
    return { id: `r-staff-${row}`, label: `Member of staff ${row + 1}` };
  }
  return { id: `r-url-${row}`, label: `Web address ${row + 1}` };
}

const ORDER = [
  'r-risk',
  'r-occurred',
  'r-location',
  'r-ownership',
  'r-identifier',
  'r-type',
  'r-type-other',
  'r-description',
  'r-pupils',
  'r-pupil-',
  'r-staff',
  'r-staff-',
  'r-urls',
  'r-url-',
];

const rank = (id: string) => {
  const exact = ORDER.indexOf(id);
  return exact >= 0
    ? exact
    : ORDER.findIndex((prefix) => prefix.endsWith('-') && id.startsWith(prefix));
};

/** The server's 400 `fields`, placed next to the report's controls, in the order of the form. */
export function reportErrors(
  fields: Record<string, string>,
  rows: RowMap,
  message?: string,
): PlacedErrors {
  const inline: Record<string, string> = {};
  const summary: (SummaryItem & { order: number })[] = [];
  for (const [path, problem] of Object.entries(fields)) {
    const target = errorTarget(path, rows);
    const text = /^[a-z]/.test(problem) ? `${target?.label ?? path} ${problem}` : problem;
    if (target) {
      inline[target.id] = inline[target.id] ? `${inline[target.id]}; ${text}` : text;
      summary.push({ fieldId: target.id, text, order: rank(target.id) });
    } else {
      summary.push({ text, order: ORDER.length });
    }
  }
  summary.sort(
    (a, b) =>
      a.order - b.order ||
      (a.fieldId ?? '').localeCompare(b.fieldId ?? '', 'en', { numeric: true }),
  );
  if (summary.length === 0 && message) {
    summary.push({ text: message, order: 0 });
  }
  return {
    inline,
    summary: summary.map(({ fieldId, text }) => (fieldId ? { fieldId, text } : { text })),
  };
}
