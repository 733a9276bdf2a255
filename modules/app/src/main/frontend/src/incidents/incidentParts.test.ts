import { render, type TemplateResult } from 'lit-html';
import { describe, expect, it } from 'vitest';
import type { IncidentDetail } from './api';
import { incidentRows, mayRaiseImmediateRisk } from './incidentParts';

const base: IncidentDetail = {
  id: 1,
  reference: 'INC-2026-0001',
  view: 'full',
  status: 'in_progress',
};

/** What a row's value reads as on the page. */
const flat = (value: unknown): string => {
  const container = document.createElement('div');
  render(value as TemplateResult | string, container);
  return container.textContent ?? '';
};
const row = (i: IncidentDetail, label: string) => incidentRows(i).find(([l]) => l === label)?.[1];

describe('an incident with several involvements', () => {
  it('lists everyone and everything it involves', () => {
    expect(row({ ...base, involves: 'child,staff,content' }, 'Involves')).toBe(
      'Child, Staff, Content',
    );
  });

  it("shows each pupil's own decision beside the staff's", () => {
    const i: IncidentDetail = {
      ...base,
      decisions: [
        {
          party: 'P1001',
          recommended: 'Warning',
          actions: ['Warning', 'Refer to Police'],
          otherActions: null,
          differenceReason: 'Shared with strangers',
        },
        {
          party: 'P1002',
          recommended: 'Warning',
          actions: ['Warning'],
          otherActions: null,
          differenceReason: null,
        },
        {
          party: 'staff',
          recommended: 'Warning',
          actions: [],
          otherActions: null,
          differenceReason: null,
        },
      ],
    };
    const shown = flat(row(i, 'Decided for each')).replace(/\s+/g, ' ');
    expect(shown).toContain(
      'Pupil P1001: Warning; Refer to Police (differs: Shared with strangers)',
    );
    expect(shown).toContain('Pupil P1002: Warning');
    expect(shown).toContain('Staff named: no matrix action');
  });

  it('shows no per-party list when one party was decided on', () => {
    const one = {
      party: 'staff',
      recommended: null,
      actions: ['Warning'],
      otherActions: null,
      differenceReason: null,
    };
    expect(row({ ...base, decisions: [one] }, 'Decided for each')).toBeUndefined();
  });
});

describe('raising immediate risk', () => {
  it('is offered to the DSL on an open incident they read in full, and to no one else', () => {
    expect(mayRaiseImmediateRisk(base, ['dsl'])).toBe(true);
    expect(mayRaiseImmediateRisk(base, ['head'])).toBe(false);
    expect(mayRaiseImmediateRisk({ ...base, status: 'closed' }, ['dsl'])).toBe(false);
    expect(mayRaiseImmediateRisk({ ...base, view: 'reporter' }, ['dsl', 'staff'])).toBe(false);
  });
});
