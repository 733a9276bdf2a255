// The pupil register (/api/pupils).

import type { Checked } from '../../api/checked';
import { request, upload } from '../http';

/**
 * A pupil in the school's register (GET /api/pupils). Staff who report see the reference, the
 * year group and whether the pupil has left; the DSL and the head also see the dates.
 */
export type RegisteredPupil = Checked<
  {
    reference: string;
    yearGroup: string;
    left: boolean;
    dateOfBirth?: string | null;
    leavingDate?: string | null;
  },
  'PupilView'
>;

/** What a register file import did, or would do on a dry run. */
export type PupilImportResult = Checked<
  {
    dryRun: boolean;
    added: RegisteredPupil[];
    changed: { reference: string; fields: string[] }[];
    unchanged: string[];
    missing: string[];
  },
  'PupilImportResult'
>;

export const pupils = {
  /** Pupils whose reference contains the text (the DSL and head: or who are in that year group). */
  search: (search: string) =>
    request<RegisteredPupil[]>('GET', `/api/pupils?${new URLSearchParams({ search })}`),
  importRegister: (file: Blob, dryRun: boolean) =>
    upload<PupilImportResult>(
      `/api/pupils/import${dryRun ? '?dryRun=true' : ''}`,
      file,
      'text/csv',
    ),
};
