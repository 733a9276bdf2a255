import { describe, expect, it } from 'vitest';
import type { MyAgreement } from './api';
import { gapStatus, maySkip, toSignAtSignIn, useLabel, versionLine } from './signing';

const aup: MyAgreement = {
  code: 'staff-aup',
  title: 'Staff AUP',
  version: 2,
  signBy: '2027-01-03',
  skippable: false,
  signed: false,
};
const social: MyAgreement = {
  code: 'social-media',
  title: 'Social media',
  version: 1,
  skippable: true,
  signed: false,
};

describe('the agreements shown at sign-in', () => {
  it('shows the staff AUP until it is signed, skipped or not', () => {
    expect(toSignAtSignIn([aup], false)).toEqual([aup]);
    expect(toSignAtSignIn([aup], true)).toEqual([aup]);
    expect(maySkip([aup])).toBe(false);
    expect(maySkip([aup, social])).toBe(false);
  });

  it('lets a skippable agreement wait until the next sign-in', () => {
    expect(maySkip([social])).toBe(true);
    expect(toSignAtSignIn([social], true)).toEqual([]);
    expect(toSignAtSignIn([social], false)).toEqual([social]);
  });

  it('shows nothing once everything is signed', () => {
    expect(toSignAtSignIn([], false)).toEqual([]);
    expect(maySkip([])).toBe(false);
  });

  it('says the version and the deadline, and names uses and gaps in words', () => {
    expect(versionLine(aup)).toBe('Version 2, sign by 3 January 2027');
    expect(versionLine(social)).toBe('Version 1');
    expect(useLabel('website')).toBe('School website');
    expect(gapStatus('expiring')).toBe('Expires within four weeks');
  });
});
