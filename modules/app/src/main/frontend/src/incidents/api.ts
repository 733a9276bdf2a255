// Incidents (/api/incidents): reporting, the incident log and one incident.

import type { Checked } from '../api/checked';
import { request } from '../platform/http';
import type { ChronologyStep } from '../platform/tasks/api';

export type IncidentSummary = Checked<
  {
    id: number;
    reference: string;
    status: string;
    reportedAt: string | null;
    occurredAt: string | null;
    incidentType: string | null;
    immediateRisk: boolean | null;
    classification: string | null;
    involves: string | null;
  },
  'IncidentSummary'
>;

export type PartyDecision = Checked<
  {
    party: string;
    recommended: string | null;
    actions: string[];
    otherActions: string | null;
    differenceReason: string | null;
  },
  'Decision'
>;

export type IncidentDetail = Checked<
  {
    id: number;
    reference: string;
    view: string;
    status: string;
    reportedAt?: string | null;
    reportedBy?: string | null;
    occurredAt?: string | null;
    location?: string | null;
    device?: { ownership: string; identifier: string | null } | null;
    description?: string | null;
    urls?: string[] | null;
    pupils?: { reference: string; yearGroup: string }[] | null;
    staff?: { username: string | null; name: string | null }[] | null;
    incidentType?: string | null;
    incidentTypeOther?: string | null;
    immediateRisk?: boolean | null;
    classification?: string | null;
    involves?: string | null;
    recommendedActions?: string | null;
    actionsTaken?: string[] | null;
    differenceReason?: string | null;
    /** What was decided for each pupil (by reference) and for the staff named ('staff'). */
    decisions?: PartyDecision[] | null;
    outcomeSummary?: string | null;
    policyReview?: boolean | null;
    closedAt?: string | null;
    links?: { kind: string; createdAt: string; note: string | null }[] | null;
    chronology?: ChronologyStep[] | null;
  },
  'IncidentDetail'
>;

export const incidentApi = {
  incidentTypes: () => request<string[]>('GET', '/api/incidents/types'),
  report: (report: unknown) =>
    request<{ id: number; reference: string }>('POST', '/api/incidents', report),
  raiseImmediateRisk: (reference: string, reason: string) =>
    request<{ reference: string; immediateRisk: boolean }>(
      'POST',
      `/api/incidents/${encodeURIComponent(reference)}/immediate-risk`,
      { reason },
    ),
  incidents: (query: URLSearchParams) =>
    request<IncidentSummary[]>('GET', `/api/incidents?${query}`),
  incident: (idOrReference: string) =>
    request<IncidentDetail>('GET', `/api/incidents/${encodeURIComponent(idOrReference)}`),
};
