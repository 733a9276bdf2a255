import { describe, expect, it } from 'vitest';
import { fieldLabel, pupilImportSummary, schoolDate } from './register';

describe('the pupil register screen', () => {
  const result = {
    added: [{ reference: 'P-1', yearGroup: 'Year 7', left: false }],
    changed: [{ reference: 'P-2', fields: ['yearGroup'] }],
    unchanged: ['P-3', 'P-4'],
    missing: ['P-5'],
  };

  it('says what a dry run would do and what an import did', () => {
    expect(pupilImportSummary({ dryRun: true, ...result })).toBe(
      '1 to add, 1 to change, 2 left as they are, 1 on roll in the register but not in the file',
    );
    expect(pupilImportSummary({ dryRun: false, ...result })).toBe(
      '1 added, 1 changed, 2 left as they are, 1 on roll in the register but not in the file',
    );
  });

  it('names changed fields and dates as a school writes them', () => {
    expect(fieldLabel('dateOfBirth')).toBe('date of birth');
    expect(fieldLabel('leavingDate')).toBe('leaving date');
    expect(schoolDate('2014-09-01')).toBe('1 Sep 2014');
    expect(schoolDate(null)).toBe('');
    expect(schoolDate(undefined)).toBe('');
  });
});
