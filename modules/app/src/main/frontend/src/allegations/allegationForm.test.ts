import { describe, expect, it } from 'vitest';
import {
  ALLEGATION_FIELDS,
  allegationPayload,
  emptyAllegation,
  parseChildren,
} from './allegationForm';
import { fieldFor, missing, placeSimpleErrors, visible } from '../forms/simpleForm';
import { chosen } from '../platform/people/personField';

const dana = { username: 'dsl', displayName: 'Dana Lead', roles: ['dsl'] };

describe('raising an allegation', () => {
  it('reads one child a line, reference then year group', () => {
    expect(parseChildren('P-0042, Year 8\n\n  P-7 ;Reception \nP-9')).toEqual([
      { reference: 'P-0042', yearGroup: 'Year 8' },
      { reference: 'P-7', yearGroup: 'Reception' },
      { reference: 'P-9', yearGroup: null },
    ]);
  });

  it('sends the name typed for someone not chosen from the directory, and the reporter unless anonymous', () => {
    const v = {
      ...emptyAllegation('2026-11-20T10:15'),
      accused: { text: ' Sam Example ', person: null },
      'accused.role': 'teacher',
      whatHappened: 'Shouted at a pupil',
      source: 'parent',
      'reporter.name': 'A parent',
    };
    const body = allegationPayload(v);
    expect(body.accused).toEqual({ headteacher: false, role: 'teacher', name: 'Sam Example' });
    expect(body.reporter).toEqual({ name: 'A parent', relationship: null, contact: null });
    expect(allegationPayload({ ...v, source: 'anonymous' }).reporter).toBeUndefined();
    expect(
      allegationPayload({ ...v, source: 'incident', sourceReference: 'INC-2026-0001' })
        .sourceReference,
    ).toBe('INC-2026-0001');
  });

  it('sends whether child abuse images were found: unticked is an answer, no', () => {
    const v = {
      ...emptyAllegation('2026-11-20T10:15'),
      accused: chosen(dana),
      'accused.role': 'teacher',
      source: 'colleague',
    };
    expect(allegationPayload(v).childAbuseImages).toBe(false);
    expect(allegationPayload({ ...v, childAbuseImages: true }).childAbuseImages).toBe(true);
    const box = fieldFor(ALLEGATION_FIELDS, 'childAbuseImages');
    expect(box?.kind).toBe('checkbox');
    expect(box?.hint).toContain('Do not open');
  });

  it('sends the username, and no name, of someone chosen from the directory', () => {
    const v = {
      ...emptyAllegation('2026-11-20T10:15'),
      accused: chosen(dana),
      'accused.role': 'teacher',
      source: 'anonymous',
    };
    expect(allegationPayload(v).accused).toEqual({
      headteacher: false,
      role: 'teacher',
      username: 'dsl',
    });
    // Typing over a chosen person makes it free text again: what is sent is what is shown.
    expect(
      allegationPayload({ ...v, accused: { text: 'Dana Lea', person: null } }).accused,
    ).toEqual({
      headteacher: false,
      role: 'teacher',
      name: 'Dana Lea',
    });
  });

  it('asks only for the fields shown: no reporter for an anonymous allegation', () => {
    const v = { ...emptyAllegation(''), source: 'anonymous' };
    const errors = missing(ALLEGATION_FIELDS, v);
    expect(Object.keys(errors)).toEqual(['accused', 'accused.role', 'whatHappened', 'occurredAt']);
    expect(errors.accused).toBe('The member of staff it is about is required');
    expect(errors['accused.role']).toBe('What they do at the school: choose one');
    expect(errors.whatHappened).toBe('What is alleged is required');
    expect(visible(ALLEGATION_FIELDS, v).some((f) => f.name === 'reporter.name')).toBe(false);
  });

  it('puts the server’s errors beside their fields, in the order of the form', () => {
    const placed = placeSimpleErrors(ALLEGATION_FIELDS, {
      'reporter.name': 'is required unless the allegation is anonymous',
      accused: 'give either the username of a Beacon user or a name, not both',
      'children[1].reference': 'must not be blank',
    });
    expect(placed.inline.accused).toContain('give either');
    expect(placed.inline.children).toBe('Children concerned must not be blank');
    expect(placed.summary.map((s) => s.fieldId)).toEqual(['accused', 'reporter.name', 'children']);
    expect(fieldFor(ALLEGATION_FIELDS, 'accused.unknown')?.name).toBe('accused');
    expect(fieldFor(ALLEGATION_FIELDS, 'accused.username')?.name).toBe('accused');
  });
});
