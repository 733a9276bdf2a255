// Raising an allegation against a member of staff: the fields, and the body POST /api/allegations
// takes. Whoever raises it sees only that it was received; the case goes to the DSL and the case
// manager (the head, or the chair of governors when the head is accused).

import { occurredAtWithOffset } from '../shell/format';
import { text, type Field, type Values } from '../forms/simpleForm';
import { NO_PICK, personRef } from '../platform/people/personField';

export const SOURCES = [
  { value: 'child-disclosure', label: 'A child told me' },
  { value: 'parent', label: 'A parent or carer' },
  { value: 'colleague', label: 'A colleague' },
  { value: 'anonymous', label: 'Anonymous' },
  { value: 'incident', label: 'An e-safety incident' },
];

export const STAFF_ROLES = [
  { value: 'teacher', label: 'Teacher' },
  { value: 'support-staff', label: 'Support staff' },
  { value: 'volunteer', label: 'Volunteer' },
  { value: 'contractor', label: 'Contractor' },
  { value: 'other', label: 'Other' },
];

const named = (v: Values) => v.source !== 'anonymous' && v.source !== 'incident';

export const ALLEGATION_FIELDS: Field[] = [
  {
    name: 'immediateDanger',
    label: 'A child is in immediate danger',
    kind: 'checkbox',
    hint: 'Call 999 now, then tell the DSL in person. The police are contacted before anything else.',
  },
  {
    name: 'childAbuseImages',
    label: 'Child abuse images were found with this member of staff',
    kind: 'checkbox',
    hint: 'Do not open, copy, forward or print them, and leave the device as it is. The case manager suspends at once and the police are told straight away; the LADO referral goes on beside them.',
  },
  {
    name: 'accused',
    label: 'The member of staff it is about',
    kind: 'person',
    required: true,
    hint: 'Start typing their name and choose them from the list. For someone without a Beacon account (a supply teacher, a volunteer), type their full name.',
    paths: ['accused.username', 'accused.name'],
  },
  {
    name: 'accused.role',
    label: 'What they do at the school',
    kind: 'select',
    required: true,
    options: STAFF_ROLES,
  },
  {
    name: 'accused.headteacher',
    label: 'The allegation is about the headteacher (optional)',
    kind: 'checkbox',
    hint: 'You may leave this: Beacon knows who the headteacher is from the staff directory. When the head is involved, the chair of governors manages the case, and the head sees none of it.',
  },
  {
    name: 'whatHappened',
    label: 'What is alleged',
    kind: 'textarea',
    required: true,
    maxLength: 4000,
    hint: 'In the words you were told, as far as you can. Do not investigate or question anyone further.',
  },
  {
    name: 'occurredAt',
    label: 'When did it happen?',
    kind: 'datetime',
    required: true,
    hint: 'Your best estimate if you are not sure.',
  },
  {
    name: 'source',
    label: 'How did it come to you?',
    kind: 'select',
    required: true,
    options: SOURCES,
  },
  {
    name: 'sourceReference',
    label: 'The incident’s reference',
    kind: 'text',
    required: true,
    when: (v) => v.source === 'incident',
    hint: 'For example INC-2026-0007',
  },
  {
    name: 'reporter.name',
    label: 'Who made the allegation',
    kind: 'text',
    required: true,
    when: named,
    maxLength: 200,
  },
  {
    name: 'reporter.relationship',
    label: 'Their relationship to the school',
    kind: 'text',
    when: named,
    hint: 'For example parent of a pupil in Year 4',
    maxLength: 100,
  },
  {
    name: 'reporter.contact',
    label: 'How to reach them',
    kind: 'text',
    when: named,
    maxLength: 200,
  },
  {
    name: 'children',
    label: 'Children concerned',
    kind: 'textarea',
    hint: 'One a line: the pupil reference and year group, e.g. “P-0042, Year 8”, or add them from the pupil register below. Never a name.',
    paths: ['children.reference', 'children.yearGroup'],
    pupils: true,
  },
];

/** "P-0042, Year 8" a line → [{reference, yearGroup}]; blank lines are skipped. */
export function parseChildren(
  textValue: string,
): { reference: string; yearGroup: string | null }[] {
  return textValue
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [reference, ...rest] = line.split(/[,;\t]/);
      const yearGroup = rest.join(',').trim();
      return { reference: reference.trim(), yearGroup: yearGroup || null };
    });
}

export function emptyAllegation(now: string): Values {
  return {
    immediateDanger: false,
    childAbuseImages: false,
    accused: NO_PICK,
    'accused.headteacher': false,
    occurredAt: now,
    source: '',
  };
}

export function allegationPayload(v: Values): Record<string, unknown> {
  const accused: Record<string, unknown> = {
    headteacher: v['accused.headteacher'] === true,
    role: text(v, 'accused.role') || null,
  };
  // Someone chosen from the directory goes by username; anyone else by the name typed, never both.
  Object.assign(accused, personRef(v.accused) ?? { name: '' });
  const body: Record<string, unknown> = {
    accused,
    whatHappened: text(v, 'whatHappened'),
    occurredAt: occurredAtWithOffset(text(v, 'occurredAt')),
    children: parseChildren(text(v, 'children')),
    source: text(v, 'source'),
    immediateDanger: v.immediateDanger === true,
    childAbuseImages: v.childAbuseImages === true,
  };
  if (v.source === 'incident') body.sourceReference = text(v, 'sourceReference');
  if (named(v) && v.source) {
    body.reporter = {
      name: text(v, 'reporter.name'),
      relationship: text(v, 'reporter.relationship') || null,
      contact: text(v, 'reporter.contact') || null,
    };
  }
  return body;
}
