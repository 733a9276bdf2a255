// Allegations against staff (/api/allegations).

import type { Checked } from '../api/checked';
import { q, request, seg } from '../platform/http';
import type { ChronologyStep } from '../platform/tasks/api';

export type AllegationSummary = Checked<
  {
    reference: string;
    /** full, or received (whoever recorded it: every other field is missing) */
    view: string;
    status: string;
    raisedAt?: string | null;
    accused?: string | null;
    accusedIsHead?: boolean | null;
    caseManager?: string | null;
    source?: string | null;
    outcome?: string | null;
  },
  'AllegationSummary'
>;

export type AllegationDeadline = Checked<
  {
    task: string;
    name: string | null;
    due: string | null;
    done: string | null;
    state: string;
    met: boolean | null;
  },
  'Deadline'
>;

export type AllegationDetail = Checked<
  {
    reference: string;
    view: string;
    status: string;
    raisedAt?: string | null;
    raisedBy?: string | null;
    source?: { type: string; reference: string | null } | null;
    accused?: {
      username: string | null;
      name: string | null;
      headteacher: boolean;
      role: string | null;
    } | null;
    reporter?: { name: string | null; relationship: string | null; contact: string | null } | null;
    occurredAt?: string | null;
    whatHappened?: string | null;
    children?: { reference: string; yearGroup: string | null }[] | null;
    immediateDanger?: boolean | null;
    childAbuseImages?: boolean | null;
    caseManager?: string | null;
    harmThreshold?: {
      met: boolean | null;
      harmedChild: boolean | null;
      possibleOffence: boolean | null;
      riskOfHarm: boolean | null;
      unsuitable: boolean | null;
    } | null;
    lowLevelConcernsIn12Months?: number | null;
    lado?: {
      referredAt: string | null;
      name: string | null;
      reference: string | null;
      consultedOn: string | null;
      advice: string | null;
      outcome: string | null;
    } | null;
    suspension?: { recommended: boolean | null; approved: boolean | null } | null;
    outcome?: string | null;
    employmentOutcome?: string | null;
    retention?: { rule: string; until: string } | null;
    closedAt?: string | null;
    deadlines?: AllegationDeadline[] | null;
    chronology?: ChronologyStep[] | null;
  },
  'AllegationDetail'
>;

export const cases = {
  raiseAllegation: (body: unknown) =>
    request<{ reference: string }>('POST', '/api/allegations', body),
  allegations: (query?: URLSearchParams) =>
    request<AllegationSummary[]>('GET', `/api/allegations${q(query)}`),
  allegation: (reference: string) =>
    request<AllegationDetail>('GET', `/api/allegations/${seg(reference)}`),
};
