// The pupil register screen's plain logic: what an import did in words, and the problems of a
// refused file in the order of its lines.

import type { PupilImportResult } from './api';

export function pupilImportSummary(r: PupilImportResult): string {
  const verb = r.dryRun ? ['to add', 'to change'] : ['added', 'changed'];
  return (
    `${r.added.length} ${verb[0]}, ${r.changed.length} ${verb[1]}, ` +
    `${r.unchanged.length} left as they are, ${r.missing.length} on roll in the register but not in the file`
  );
}

/** "yearGroup" as the screen says it. */
export function fieldLabel(field: string): string {
  return (
    { yearGroup: 'year group', dateOfBirth: 'date of birth', leavingDate: 'leaving date' }[field] ??
    field
  );
}

/** 2014-09-01 as 1 Sep 2014, the way a school writes it; nothing for no date. */
export function schoolDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  return `${d} ${months[m - 1]} ${y}`;
}
