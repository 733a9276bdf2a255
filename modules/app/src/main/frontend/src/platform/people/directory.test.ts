import { describe, expect, it } from 'vitest';
import type { UserAccount } from './api';
import {
  aliasList,
  changesOf,
  draftOf,
  importProblems,
  importSummary,
  newPasswordProblems,
  newPersonBody,
} from './directory';

const dana: UserAccount = {
  username: 'dsl',
  displayName: 'Dana Lead',
  email: 'dana@school.org',
  roles: ['dsl', 'staff'],
  aliases: ['SCHOOL\\dlead'],
  enabled: true,
  mustChangePassword: false,
};

describe('the people directory forms', () => {
  it('reads aliases one per line or separated by semicolons, trimmed, blanks left out', () => {
    expect(aliasList(' SCHOOL\\nnew \n\n nia@school.org; Nia ')).toEqual([
      'SCHOOL\\nnew',
      'nia@school.org',
      'Nia',
    ]);
  });

  it('adds a person with roles in the usual order and no e-mail as null', () => {
    const body = newPersonBody({
      username: ' nnew ',
      displayName: 'Nia New',
      email: ' ',
      roles: ['dsl', 'staff'],
      aliases: 'x',
      enabled: true,
    });
    expect(body).toEqual({
      username: 'nnew',
      displayName: 'Nia New',
      email: null,
      roles: ['staff', 'dsl'],
      aliases: ['x'],
    });
  });

  it('sends only what changed', () => {
    expect(changesOf(dana, draftOf(dana))).toEqual({});
    expect(changesOf(dana, { ...draftOf(dana), enabled: false })).toEqual({ enabled: false });
    expect(
      changesOf(dana, { ...draftOf(dana), roles: ['dsl'], aliases: 'SCHOOL\\dlead\nDana' }),
    ).toEqual({
      roles: ['dsl'],
      aliases: ['SCHOOL\\dlead', 'Dana'],
    });
    expect(changesOf(dana, { ...draftOf(dana), email: '' })).toEqual({ email: null });
  });

  it('checks a new password as the server does before sending it', () => {
    expect(newPasswordProblems('', 'short', 'short')).toEqual({
      oldPassword: 'Current password is required',
      newPassword: 'New password must be at least 12 characters long',
    });
    expect(
      newPasswordProblems('ABCD-EFGH-JKMN-PQRS', 'a long password', 'a long passwerd'),
    ).toEqual({
      repeated: 'The two new passwords are not the same',
    });
    expect(newPasswordProblems('old one', 'a long password', 'a long password')).toEqual({});
  });

  it('says what an import would do and lists bad rows in file order', () => {
    const result = {
      dryRun: true,
      added: [{ username: 'a', displayName: 'A', roles: ['staff'] }],
      changed: [],
      unchanged: ['b', 'c'],
      missing: ['d'],
    };
    expect(importSummary(result)).toBe(
      '1 to add, 0 to change, 2 left as they are, 1 in Beacon but not in the file',
    );
    expect(importSummary({ ...result, dryRun: false })).toContain('1 added');
    expect(
      importProblems({
        'line 12': 'roles holds teacher',
        'line 3': 'email is not an e-mail address',
      }),
    ).toEqual(['Line 3: email is not an e-mail address', 'Line 12: roles holds teacher']);
  });
});
