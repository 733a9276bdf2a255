import { describe, expect, it } from 'vitest';
import { missing } from '../forms/simpleForm';
import { proposeBody, SITE_FIELDS, sitePayload } from './filtering';
import { chosen, NO_PICK } from '../platform/people/personField';

describe('what the filtering forms send', () => {
  it('reports a site with the time as an instant and empty optional fields as null', () => {
    const body = sitePayload({
      kind: 'underblocking',
      url: ' http://games.example/ ',
      seenAt: '2026-11-18T10:15',
      content: 'Games',
      foundBy: 'pupil in Year 8',
      device: 'IT2-PC14',
      userAccount: '',
      potentiallyIllegal: false,
    });
    expect(body.url).toBe('http://games.example/');
    expect(body.seenAt).toBe(new Date('2026-11-18T10:15').toISOString());
    expect(body.userAccount).toBeNull();
    expect(body.potentiallyIllegal).toBe(false);
  });

  it('sends the account of someone chosen from the directory as their username, else the account name typed', () => {
    const v = {
      kind: 'underblocking',
      url: 'http://games.example/',
      seenAt: '2026-11-18T10:15',
      potentiallyIllegal: false,
    };
    const sam = { username: 'staff2', displayName: 'Sam Staff', roles: ['staff'] };
    expect(sitePayload({ ...v, userAccount: chosen(sam) }).userAccount).toBe('staff2');
    expect(
      sitePayload({ ...v, userAccount: { text: ' pupil.y8.07 ', person: null } }).userAccount,
    ).toBe('pupil.y8.07');
    expect(sitePayload({ ...v, userAccount: NO_PICK }).userAccount).toBeNull();
  });

  it('asks for what is wrong before anything goes to the server', () => {
    expect(missing(SITE_FIELDS, { seenAt: '2026-11-18T10:15' }).kind).toBe(
      'What is wrong: choose one',
    );
  });

  it('sends year groups only for a change scoped to year groups', () => {
    const v = {
      action: 'block',
      patternType: 'domain',
      pattern: 'games.example',
      reason: 'r',
      scope: 'staff',
      yearGroups: 'Year 9',
    };
    expect(proposeBody(v).yearGroups).toBeNull();
    expect(proposeBody({ ...v, scope: 'yearGroups' }).yearGroups).toBe('Year 9');
    expect(proposeBody(v).testUrl).toBeNull();
  });
});
