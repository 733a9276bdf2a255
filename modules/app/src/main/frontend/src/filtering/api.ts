// Web filtering (/api/filtering): reports, change requests, rules, log imports, checks and reviews.

import type { Checked } from '../api/checked';
import { q, request, seg, upload } from '../platform/http';
import type { ChronologyStep } from '../platform/tasks/api';

export type FilteringReport = Checked<
  {
    id: number;
    reference: string;
    view: string;
    kind: string;
    status: string;
    reportedAt: string | null;
    reportedBy?: string | null;
    urls?: string[] | null;
    seenAt?: string | null;
    content?: string | null;
    foundBy?: string | null;
    device?: string | null;
    userAccount?: string | null;
    potentiallyIllegal?: boolean | null;
    sourceType?: string | null;
    sourceReference?: string | null;
    assessment?: string | null;
    assessmentNote?: string | null;
    assessedBy?: string | null;
    reportedTo?: string | null;
    externalReference?: string | null;
    changeReference?: string | null;
    outcome?: string | null;
    closeReason?: string | null;
    closedAt?: string | null;
    chronology?: ChronologyStep[] | null;
  },
  'FilteringReportDetail'
>;

export type ChangeRequest = Checked<
  {
    id: number;
    reference: string;
    status: string;
    action: string;
    patternType: string;
    pattern: string;
    scope: string;
    yearGroups?: string | null;
    reason?: string | null;
    proposedBy?: string | null;
    proposedAt?: string | null;
    reportReference?: string | null;
    decidedBy?: string | null;
    decidedAt?: string | null;
    decisionReason?: string | null;
    appliedBy?: string | null;
    appliedAt?: string | null;
    filterReference?: string | null;
    verifiedBy?: string | null;
    verifiedAt?: string | null;
    verificationNote?: string | null;
    chronology?: ChronologyStep[] | null;
  },
  'ChangeRequestDetail'
>;

export type FilteringRule = Checked<
  {
    reference: string;
    action: string;
    patternType: string;
    pattern: string;
    scope: string;
    yearGroups?: string | null;
    reason?: string | null;
    proposedBy?: string | null;
    approvedBy?: string | null;
    approvedAt?: string | null;
    appliedAt?: string | null;
    verified: boolean;
    current: boolean;
  },
  'Rule'
>;

export type LogImportRow = Checked<
  {
    id: number;
    importedAt: string;
    importedBy: string;
    fileName?: string | null;
    format: string;
    bytes: number;
    linesRead: number;
    malformed: number;
    flagged: number;
    tasksOpened: number;
  },
  'ImportRow'
>;

export type ImportSummary = Checked<
  {
    importId?: number | null;
    duplicateOf?: number | null;
    format: string;
    bytes: number;
    linesRead: number;
    malformed: number;
    malformedLines?: { line: number; problem?: string; reason?: string }[] | null;
    flagged: number;
    duplicateLines: number;
    tasksOpened: number;
    reviews?: { reference: string; day: string; flagged: number; opened: boolean }[] | null;
  },
  'ImportSummary'
>;

export type FilteringCheck = Checked<
  {
    id: number;
    checkedAt: string;
    checkedBy: string;
    device: string;
    tested: string;
    result: string;
    resultDetail?: string | null;
    actionTaken?: string | null;
  },
  'CheckRow'
>;

export type FilteringReview = Checked<
  {
    id: number;
    reference: string;
    status: string;
    startedAt: string | null;
    requestedBy?: string | null;
    periodFrom?: string | null;
    figures?: Record<string, number> | null;
    findings?: string | null;
    actionsAgreed?: string | null;
    signedBy?: string | null;
    signedAt?: string | null;
    governorComments?: string | null;
    chronology?: ChronologyStep[] | null;
  },
  'ReviewDetail'
>;

export const filtering = {
  reportSite: (body: unknown) =>
    request<{ id: number; reference: string }>('POST', '/api/filtering/reports', body),
  reports: (query?: URLSearchParams) =>
    request<FilteringReport[]>('GET', `/api/filtering/reports${q(query)}`),
  report: (ref: string) => request<FilteringReport>('GET', `/api/filtering/reports/${seg(ref)}`),
  proposeChange: (body: unknown) =>
    request<{ id: number; reference: string }>('POST', '/api/filtering/change-requests', body),
  changes: (query?: URLSearchParams) =>
    request<ChangeRequest[]>('GET', `/api/filtering/change-requests${q(query)}`),
  change: (ref: string) =>
    request<ChangeRequest>('GET', `/api/filtering/change-requests/${seg(ref)}`),
  rules: (query?: URLSearchParams) =>
    request<FilteringRule[]>('GET', `/api/filtering/rules${q(query)}`),
  imports: () => request<LogImportRow[]>('GET', '/api/filtering/imports'),
  importLog: (file: Blob, name: string, format: string) => {
    const query = new URLSearchParams({ name });
    if (format) query.set('format', format);
    return upload<ImportSummary>(
      `/api/filtering/imports?${query}`,
      file,
      format === 'csv' ? 'text/csv' : 'text/plain',
    );
  },
  checks: () => request<FilteringCheck[]>('GET', '/api/filtering/checks'),
  recordCheck: (body: unknown) => request<FilteringCheck>('POST', '/api/filtering/checks', body),
  reviews: () => request<FilteringReview[]>('GET', '/api/filtering/reviews'),
  review: (ref: string) => request<FilteringReview>('GET', `/api/filtering/reviews/${seg(ref)}`),
  startReview: () => request<{ id: number; reference: string }>('POST', '/api/filtering/reviews'),
};
