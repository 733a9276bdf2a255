import { describe, expect, it } from 'vitest';
import {
  appCode,
  enrolmentCodeProblem,
  expiryText,
  groupedSecret,
  recoveryCode,
  signInCodeProblem,
  tokenProblems,
} from './twoFactorChecks';

describe('two-factor codes', () => {
  it('reads the app code with or without the space apps show', () => {
    expect(appCode('123 456')).toBe('123456');
    expect(appCode(' 123456 ')).toBe('123456');
    expect(appCode('12345')).toBeUndefined();
    expect(appCode('12345a')).toBeUndefined();
  });

  it('reads a recovery code whatever its case and dashes', () => {
    expect(recoveryCode('abcd-efgh-jkmn-pq23')).toBe('ABCD-EFGH-JKMN-PQ23');
    expect(recoveryCode('ABCDEFGHJKMNPQ23')).toBe('ABCD-EFGH-JKMN-PQ23');
    expect(recoveryCode('ABCD-EFGH')).toBeUndefined();
  });

  it('accepts either kind at sign-in but only the app code at enrolment', () => {
    expect(signInCodeProblem('123456')).toBeUndefined();
    expect(signInCodeProblem('abcd-efgh-jkmn-pq23')).toBeUndefined();
    expect(signInCodeProblem('')).toMatch(/Enter the code/);
    expect(signInCodeProblem('12')).toMatch(/six digits/);
    expect(enrolmentCodeProblem('123456')).toBeUndefined();
    expect(enrolmentCodeProblem('abcd-efgh-jkmn-pq23')).toMatch(/six digits/);
  });

  it('shows the secret in groups of four for typing by hand', () => {
    expect(groupedSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
  });
});

describe('personal API tokens', () => {
  it('needs a name and a lifetime of 1 to 366 whole days', () => {
    expect(tokenProblems('Camunda Modeler', '90')).toEqual({});
    expect(Object.keys(tokenProblems(' ', '0'))).toEqual(['name', 'expiresInDays']);
    expect(tokenProblems('x', '367').expiresInDays).toMatch(/1 to 366/);
    expect(tokenProblems('x', '1.5').expiresInDays).toBeDefined();
    expect(tokenProblems('x'.repeat(101), '1').name).toMatch(/100/);
  });

  it('says when a token expires in words', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    expect(expiryText('2026-12-03T11:00:00Z', now)).toBe('expired');
    expect(expiryText('2026-12-03T20:00:00Z', now)).toBe('expires today');
    expect(expiryText('2026-12-04T20:00:00Z', now)).toBe('expires tomorrow');
    expect(expiryText('2027-01-02T12:00:01Z', now)).toBe('expires in 30 days');
  });
});
