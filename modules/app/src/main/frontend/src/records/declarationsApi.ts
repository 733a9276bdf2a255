// Device searches and declared connections (/api/records/device-searches, /api/records/connections).

import { request } from '../platform/http';
import type { TaskPage } from '../platform/tasks/api';

export interface DeviceSearch {
  id: number;
  reference: string;
  pupilReference: string;
  yearGroup: string;
  device: string;
  ownership: string;
  grounds: string;
  requestedBy: string;
  requestedAt: string;
  status: 'requested' | 'refused' | 'authorised' | 'searched' | 'returned' | 'with_police';
  decidedBy?: string | null;
  decisionNote?: string | null;
  searchedBy?: string | null;
  witness?: string | null;
  findings?: string | null;
  mayBeIllegal: boolean;
  incident?: string | null;
  handedOn?: string | null;
  returnedTo?: string | null;
  policeReference?: string | null;
}

export interface NewSearch {
  pupilReference: string;
  yearGroup?: string;
  device: string;
  ownership: string;
  grounds: string;
}

export interface Connection {
  id: number;
  reference: string;
  username: string;
  pupilReference: string;
  nature: string;
  declaredAt: string;
  acknowledgedBy?: string | null;
  acknowledgedAt?: string | null;
  acknowledgementNote?: string | null;
}

export const declarations = {
  /** The caller's own open steps of device searches (record the search, return the device). */
  searchTasks: () =>
    request<TaskPage>('GET', '/api/tasks?size=50&processDefinitionKey=DeviceSearchProcess'),
  searches: () => request<DeviceSearch[]>('GET', '/api/records/device-searches'),
  requestSearch: (search: NewSearch) =>
    request<DeviceSearch>('POST', '/api/records/device-searches', search),
  myConnections: () => request<Connection[]>('GET', '/api/records/connections/mine'),
  connectionsFor: (pupil: string) =>
    request<Connection[]>(
      'GET',
      `/api/records/connections?${new URLSearchParams(pupil ? { pupil } : {})}`,
    ),
  declare: (pupilReference: string, nature: string) =>
    request<Connection>('POST', '/api/records/connections', { pupilReference, nature }),
};

/** What a search's status means, in words. */
export function searchStatus(s: DeviceSearch): string {
  switch (s.status) {
    case 'requested':
      return 'Waiting for the head';
    case 'refused':
      return `Refused by ${s.decidedBy ?? 'the head'}`;
    case 'authorised':
      return 'Authorised: record the search';
    case 'searched':
      return 'Searched: return the device or hand it to the police';
    case 'returned':
      return `Returned to ${s.returnedTo ?? '?'} on ${s.handedOn ?? '?'}`;
    case 'with_police':
      return `Handed to the police on ${s.handedOn ?? '?'}${s.policeReference ? ` (${s.policeReference})` : ''}`;
  }
}
