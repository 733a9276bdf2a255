// Governance (/api/governance): the figures, governors' reports and policies.

import type { Checked } from '../api/checked';
import { request, seg } from '../platform/http';

export type Cell = Checked<
  {
    category: string;
    /** Absent when the number is not shown. */
    value?: number | null;
    shown: string;
    /** small or secondary; absent when shown */
    suppressed?: string | null;
  },
  'CellJson'
>;

export type CountGroup = Checked<
  {
    measure: string;
    label: string;
    withheld: boolean;
    cells: Cell[];
  },
  'GroupJson'
>;

export type TimingFigure = Checked<
  {
    measure: string;
    label: string;
    cases: Cell | null;
    medianHours?: number | null;
    p90Hours?: number | null;
    withheld: boolean;
  },
  'TimingJson'
>;

export type DeadlineFigure = Checked<
  {
    name: string;
    label: string;
    met?: Cell | null;
    missed?: Cell | null;
    open?: Cell | null;
    withheld: boolean;
  },
  'DeadlineJson'
>;

export type ModuleFigures = Checked<
  {
    module: string;
    label: string;
    total: Cell | null;
    counts: CountGroup[];
    timings: TimingFigure[];
    deadlines: DeadlineFigure[];
  },
  'ModuleJson'
>;

export type Figures = Checked<
  {
    modules: ModuleFigures[];
    rule: string;
  },
  'FiguresJson'
>;

export type Statistics = Checked<
  {
    from: string;
    to: string;
    firstDay: string;
    lastDay: string;
    figures: Figures;
  },
  'StatisticsJson'
>;

export type ReportSummary = Checked<
  {
    id: number;
    reference: string;
    kind: string;
    title: string;
    firstDay: string;
    lastDay: string;
    status: string;
    generatedAt?: string | null;
    acknowledgedAt?: string | null;
  },
  'Summary'
>;

export type PolicyVersion = Checked<
  {
    number: number;
    status: string;
    author: string;
    date: string;
    changeSummary: string;
    nextReviewDate?: string | null;
    content: string;
    fileName?: string | null;
    contentType?: string | null;
    sizeBytes: number;
    submittedAt?: string | null;
    decidedAt?: string | null;
    decisionNote?: string | null;
    text?: string | null;
  },
  'Version'
>;

export type Policy = Checked<
  {
    id: number;
    reference: string;
    kind: string;
    title: string;
    reviewCycle: string;
    currentVersion?: number | null;
    nextReviewDue?: string | null;
    reviewOpen: boolean;
    reviewOpenedAt?: string | null;
    lastReviewedOn?: string | null;
    versions?: PolicyVersion[] | null;
    reviews?:
      | {
          versionNumber: number;
          outcome: string;
          note?: string | null;
          proposedNextReview?: string | null;
          reviewedAt?: string | null;
          decision?: string | null;
          decidedAt?: string | null;
          decisionNote?: string | null;
        }[]
      | null;
  },
  'PolicyView'
>;

export const governance = {
  statistics: (from: string, to: string) =>
    request<Statistics>('GET', `/api/governance/statistics?${new URLSearchParams({ from, to })}`),
  reports: () => request<ReportSummary[]>('GET', '/api/governance/reports'),
  report: (id: string) =>
    request<Record<string, unknown> & { reference: string; title: string }>(
      'GET',
      `/api/governance/reports/${seg(id)}`,
    ),
  requestReport: (from: string, to: string) =>
    request<{ id: number; reference: string }>('POST', '/api/governance/reports', { from, to }),
  policies: () => request<Policy[]>('GET', '/api/governance/policies'),
  policy: (id: string) => request<Policy>('GET', `/api/governance/policies/${seg(id)}`),
  createPolicy: (body: unknown) => request<Policy>('POST', '/api/governance/policies', body),
  submitVersion: (id: number, body: unknown) =>
    request<PolicyVersion>('POST', `/api/governance/policies/${id}/versions`, body),
  version: (id: number, n: number) =>
    request<PolicyVersion>('GET', `/api/governance/policies/${id}/versions/${n}`),
};
