import { describe, expect, it } from 'vitest';
import { checkReport, emptyDraft, reportErrors, reportPayload, type Draft } from './reportForm';
import { chosen } from '../platform/people/personField';

const draft = (over: Partial<Draft>): Draft => ({ ...emptyDraft('2026-11-20T10:15'), ...over });

describe('report payload', () => {
  it('sends the fields the API takes, without empty rows, with the time zone of the browser', () => {
    const { body, rows } = reportPayload(
      draft({
        location: ' IT suite ',
        ownership: 'school',
        description: 'Saw a site',
        incidentType: 'other',
        incidentTypeOther: 'Gambling site',
        pupils: [
          { reference: '', yearGroup: '' },
          { reference: 'P123', yearGroup: 'Year 8' },
        ],
        staff: [
          chosen({ username: 'staff2', displayName: 'Sam Staff', roles: ['staff'] }),
          { text: '  ', person: null },
          { text: ' Ms Supply ', person: null },
        ],
        urls: ['', 'https://example.org/x'],
      }),
    );
    expect(body).toMatchObject({
      location: 'IT suite',
      device: { ownership: 'school', identifier: null },
      incidentType: 'other',
      incidentTypeOther: 'Gambling site',
      immediateRisk: false,
      pupils: [{ reference: 'P123', yearGroup: 'Year 8' }],
      staff: [{ username: 'staff2' }, { name: 'Ms Supply' }],
      urls: ['https://example.org/x'],
    });
    expect(body.occurredAt).toBe(new Date('2026-11-20T10:15').toISOString());
    expect(rows).toEqual({ pupils: [1], staff: [0, 2], urls: [1] });
  });

  it('does not send the description of "other" for a listed type', () => {
    expect(
      reportPayload(draft({ incidentType: 'Cyberbullying', incidentTypeOther: 'left over' })).body
        .incidentTypeOther,
    ).toBeNull();
  });
});

describe('report errors', () => {
  it('go next to the row the user typed in, though empty rows were not sent', () => {
    const placed = reportErrors(
      {
        'pupils[0].yearGroup': 'must not be blank',
        'urls[0]': 'must be a web address starting http:// or https://',
        location: 'must not be blank',
        'staff[1].username': 'is not a Beacon user; give their name instead',
      },
      { pupils: [1], staff: [0, 2], urls: [3] },
    );
    expect(placed.inline).toEqual({
      'r-pupil-1-year': 'Pupil 2 year group must not be blank',
      'r-url-3': 'Web address 4 must be a web address starting http:// or https://',
      'r-location': 'Where it happened must not be blank',
      'r-staff-2': 'Member of staff 3 is not a Beacon user; give their name instead',
    });
    expect(placed.summary.map((s) => s.fieldId)).toEqual([
      'r-location',
      'r-pupil-1-year',
      'r-staff-2',
      'r-url-3',
    ]);
  });

  it('keep errors it cannot place, and a bare message, in the summary', () => {
    expect(
      reportErrors({ body: 'is required' }, { pupils: [], staff: [], urls: [] }).summary,
    ).toEqual([{ text: 'body is required' }]);
    expect(
      reportErrors({}, { pupils: [], staff: [], urls: [] }, 'Something went wrong').summary,
    ).toEqual([{ text: 'Something went wrong' }]);
  });
});

describe('checks before sending', () => {
  it('name every missing answer in plain words, next to its control', () => {
    const { body, rows } = reportPayload(
      draft({
        occurredAt: '',
        incidentType: 'other',
        pupils: [
          { reference: '', yearGroup: '' },
          { reference: 'P1', yearGroup: '' },
        ],
      }),
    );
    const placed = reportErrors(checkReport(body), rows);
    expect(placed.summary.map((s) => s.text)).toEqual([
      'Enter the date and time it happened',
      'Enter where it happened',
      'Choose whether it was a school device or a personal device',
      'Say what kind of incident it is',
      'Say what happened',
      'Pupil 2 year group is required',
    ]);
    expect(placed.inline['r-pupil-1-year']).toBe('Pupil 2 year group is required');
  });

  it('find nothing to say about a complete report', () => {
    const { body } = reportPayload(
      draft({
        location: 'Library',
        ownership: 'personal',
        incidentType: 'Cyberbullying',
        description: 'Messages',
      }),
    );
    expect(checkReport(body)).toEqual({});
  });
});
