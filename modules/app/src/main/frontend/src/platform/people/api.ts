// The people directory (/api/people, /api/users): finding people, confirming names, staff accounts.

import type { Checked } from '../../api/checked';
import { q, request, seg, upload } from '../http';

/** Someone in Beacon's directory: a plain personal name, the roles beside it, never inside it. */
export type Person = Checked<
  {
    username: string;
    displayName: string;
    roles: string[];
  },
  'Found'
>;

/**
 * A name given in a case (the person it is about, or who reported it) that may mean several
 * people or matches only loosely: a DSL links it to one of them or rejects the match.
 */
export type PersonMention = Checked<
  {
    id: number;
    caseReference: string;
    part: 'subject' | 'reporter';
    asGiven: string;
    match: 'exact' | 'ambiguous' | 'loose' | 'nobody';
    status: 'settled' | 'to-review' | 'linked' | 'rejected';
    people: Person[];
  },
  'MentionView'
>;

export const peopleApi = {
  /** At most 20 people whose username, display name or alias contains the text; empty text gives the first 20. */
  people: (search: string) =>
    request<Person[]>('GET', `/api/people?${new URLSearchParams({ search })}`),
  linkMention: (id: number, username: string) =>
    request<PersonMention>('POST', `/api/people/mentions/${encodeURIComponent(String(id))}/link`, {
      username,
    }),
  rejectMention: (id: number) =>
    request<PersonMention>('POST', `/api/people/mentions/${encodeURIComponent(String(id))}/reject`),
};

/** A person as the directory's screens show them (GET /api/users, /api/users/me). */
export type UserAccount = Checked<
  {
    username: string;
    displayName: string;
    email?: string | null;
    roles: string[];
    aliases: string[];
    enabled: boolean;
    mustChangePassword: boolean;
    createdAt?: string | null;
  },
  'UserView'
>;

/** What a staff file import did, or would do on a dry run. */
export type StaffImportResult = Checked<
  {
    dryRun: boolean;
    added: { username: string; displayName: string; roles: string[] }[];
    changed: { username: string; displayName: string; fields: string[] }[];
    unchanged: string[];
    missing: string[];
  },
  'StaffImportResult'
>;

export const users = {
  list: (query?: URLSearchParams) => request<UserAccount[]>('GET', `/api/users${q(query)}`),
  get: (username: string) => request<UserAccount>('GET', `/api/users/${seg(username)}`),
  create: (body: unknown) =>
    request<{ user: UserAccount; temporaryPassword: string }>('POST', '/api/users', body),
  update: (username: string, patch: unknown) =>
    request<UserAccount>('PATCH', `/api/users/${seg(username)}`, patch),
  resetPassword: (username: string) =>
    request<{ temporaryPassword: string }>('POST', `/api/users/${seg(username)}/password-reset`),
  importStaff: (file: Blob, dryRun: boolean) =>
    upload<StaffImportResult>(`/api/users/import${dryRun ? '?dryRun=true' : ''}`, file, 'text/csv'),
  me: () => request<UserAccount>('GET', '/api/users/me'),
  updateMe: (patch: unknown) => request<UserAccount>('PATCH', '/api/users/me', patch),
  changePassword: (oldPassword: string, newPassword: string) =>
    request<void>('POST', '/api/users/me/password', { oldPassword, newPassword }),
};
