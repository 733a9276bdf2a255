import { describe, expect, it } from 'vitest';
import { ALLEGATION_FIELDS, allegationPayload, emptyAllegation, parseChildren } from './allegationForm';
import { fieldFor, missing, placeSimpleErrors, visible } from '../forms/simpleForm';

describe('raising an allegation', () => {
  it('reads one child a line, reference then year group', () => {
    expect(parseChildren('P-0042, Year 8\n\n  P-7 ;Reception \nP-9')).toEqual([
      { reference: 'P-0042', yearGroup: 'Year 8' },
      { reference: 'P-7', yearGroup: 'Reception' },
      { reference: 'P-9', yearGroup: null },
    ]);
  });

  it('sends the username or the name, never both, and the reporter unless anonymous', () => {
    const v = {
      ...emptyAllegation('2026-11-20T10:15'),
      accusedKind: 'name',
      'accused.username': 'left-over',
      'accused.name': ' Sam Example ',
      'accused.role': 'teacher',
      whatHappened: 'Shouted at a pupil',
      source: 'parent',
      'reporter.name': 'A parent',
    };
    const body = allegationPayload(v);
    expect(body.accused).toEqual({ headteacher: false, role: 'teacher', name: 'Sam Example' });
    expect(body.reporter).toEqual({ name: 'A parent', relationship: null, contact: null });
    expect(allegationPayload({ ...v, source: 'anonymous' }).reporter).toBeUndefined();
    expect(allegationPayload({ ...v, source: 'incident', sourceReference: 'INC-2026-0001' }).sourceReference).toBe('INC-2026-0001');
  });

  it('asks only for the fields shown: no reporter for an anonymous allegation', () => {
    const v = { ...emptyAllegation(''), accusedKind: 'username', source: 'anonymous' };
    const errors = missing(ALLEGATION_FIELDS, v);
    expect(Object.keys(errors)).toEqual(['accused.username', 'accused.role', 'whatHappened', 'occurredAt']);
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
    expect(placed.inline.accusedKind).toContain('give either');
    expect(placed.inline.children).toBe('Children concerned must not be blank');
    expect(placed.summary.map((s) => s.fieldId)).toEqual(['accusedKind', 'reporter.name', 'children']);
    expect(fieldFor(ALLEGATION_FIELDS, 'accused.unknown')?.name).toBe('accusedKind');
  });
});
