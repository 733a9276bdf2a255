// The people directory's forms as data: what adding or changing a person sends (only what
// changed), aliases typed one per line, the password rule the server applies, and an import
// answer in words. No DOM here, so vitest checks it all.

import type { StaffImportResult, UserAccount } from './api';

/** The roles of org.beacon.platform.api.Role, with the words the screens use. */
export const ROLES: { id: string; label: string }[] = [
  { id: 'staff', label: 'Staff' },
  { id: 'dsl', label: 'DSL' },
  { id: 'head', label: 'Headteacher' },
  { id: 'chair', label: 'Chair of governors' },
  { id: 'technical', label: 'Technical (filtering)' },
  { id: 'governor', label: 'Governor' },
  { id: 'admin', label: 'Administrator' },
  { id: 'office', label: 'School office' },
];

/** As the server's PasswordRule: at least this many characters. */
export const MIN_PASSWORD_LENGTH = 12;

/** What an add or edit form holds: aliases as typed (one per line). */
export interface PersonDraft {
  username: string;
  displayName: string;
  email: string;
  roles: string[];
  aliases: string;
  enabled: boolean;
}

export function draftOf(user?: UserAccount): PersonDraft {
  return user
    ? {
        username: user.username,
        displayName: user.displayName,
        email: user.email ?? '',
        roles: [...user.roles],
        aliases: user.aliases.join('\n'),
        enabled: user.enabled,
      }
    : { username: '', displayName: '', email: '', roles: ['staff'], aliases: '', enabled: true };
}

/** Aliases typed one per line (or separated by ;), trimmed, blanks left out. */
export function aliasList(text: string): string[] {
  return text
    .split(/[\n;]/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

/** POST /api/users: the whole person. */
export function newPersonBody(d: PersonDraft): Record<string, unknown> {
  return {
    username: d.username.trim(),
    displayName: d.displayName.trim(),
    email: d.email.trim() || null,
    roles: ROLES.map((r) => r.id).filter((id) => d.roles.includes(id)),
    aliases: aliasList(d.aliases),
  };
}

/** PATCH /api/users/{username}: only the fields that differ from the person as loaded. */
export function changesOf(before: UserAccount, d: PersonDraft): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (d.displayName.trim() !== before.displayName) patch.displayName = d.displayName.trim();
  if ((d.email.trim() || null) !== (before.email ?? null)) patch.email = d.email.trim() || null;
  const roles = ROLES.map((r) => r.id).filter((id) => d.roles.includes(id));
  if (roles.join() !== [...before.roles].sort((a, b) => order(a) - order(b)).join())
    patch.roles = roles;
  const aliases = aliasList(d.aliases);
  if ([...aliases].sort().join('\n') !== [...before.aliases].sort().join('\n'))
    patch.aliases = aliases;
  if (d.enabled !== before.enabled) patch.enabled = d.enabled;
  return patch;
}

const order = (id: string) => ROLES.findIndex((r) => r.id === id);

/** The checks of a new password a person should not wait for the server to make. */
export function newPasswordProblems(
  oldPassword: string,
  newPassword: string,
  repeated: string,
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!oldPassword) problems.oldPassword = 'Current password is required';
  if (newPassword.length < MIN_PASSWORD_LENGTH) {
    problems.newPassword = `New password must be at least ${MIN_PASSWORD_LENGTH} characters long`;
  } else if (newPassword === oldPassword) {
    problems.newPassword = 'New password must differ from the current one';
  }
  if (!problems.newPassword && repeated !== newPassword)
    problems.repeated = 'The two new passwords are not the same';
  return problems;
}

/** "3 to add, 1 to change, 36 left as they are, 2 not in the file" (or "added ..." once applied). */
export function importSummary(r: StaffImportResult): string {
  const verb = r.dryRun ? ['to add', 'to change'] : ['added', 'changed'];
  return (
    `${r.added.length} ${verb[0]}, ${r.changed.length} ${verb[1]}, ` +
    `${r.unchanged.length} left as they are, ${r.missing.length} in Beacon but not in the file`
  );
}

/** The server's import problems ("line 4" → what is wrong), in file order. */
export function importProblems(fields: Record<string, string>): string[] {
  const line = (key: string) => Number(/^line (\d+)$/.exec(key)?.[1] ?? 0);
  return Object.keys(fields)
    .sort((a, b) => line(a) - line(b))
    .map((key) => `${key.charAt(0).toUpperCase()}${key.slice(1)}: ${fields[key]}`);
}
