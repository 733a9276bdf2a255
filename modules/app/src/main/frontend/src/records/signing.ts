// What the page after signing in asks of someone: the agreements they must sign now, and whether
// they may skip them for this session. No DOM here, so vitest checks it all.

import type { MyAgreement } from './api';

/** The five uses of the photo consent form, in its order, with the form's words. */
export const PHOTO_USES: { id: string; label: string }[] = [
  { id: 'prospectus', label: 'Prospectus and other printed publications' },
  { id: 'website', label: 'School website' },
  { id: 'video', label: 'Video and DVD recordings' },
  { id: 'media', label: 'The media (newspapers, television)' },
  { id: 'newsletter', label: 'School newsletter' },
];

/** The label of a use, or its id when unknown. */
export function useLabel(id: string): string {
  return PHOTO_USES.find((u) => u.id === id)?.label ?? id;
}

/**
 * The agreements to show at sign-in: every one not yet signed, unless all of them may be skipped
 * and the person skipped them in this session.
 */
export function toSignAtSignIn(
  mustSign: readonly MyAgreement[],
  skippedThisSession: boolean,
): MyAgreement[] {
  if (mustSign.length === 0) return [];
  if (skippedThisSession && mustSign.every((a) => a.skippable)) return [];
  return [...mustSign];
}

/** Whether the page offers "Not now": only when every agreement still to sign may be skipped. */
export function maySkip(mustSign: readonly MyAgreement[]): boolean {
  return mustSign.length > 0 && mustSign.every((a) => a.skippable);
}

/** "Version 2, sign by 3 January 2027" */
export function versionLine(a: MyAgreement): string {
  const by = a.signBy
    ? `, sign by ${new Date(`${a.signBy}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`
    : '';
  return `Version ${a.version}${by}`;
}

/** A training gap in words. */
export function gapStatus(status: string): string {
  switch (status) {
    case 'missing':
      return 'No record';
    case 'expired':
      return 'Expired';
    case 'expiring':
      return 'Expires within four weeks';
    default:
      return status;
  }
}
