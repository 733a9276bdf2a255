// The audit log (/api/audit).

import type { Checked } from '../../api/checked';
import { request } from '../http';

export type AuditEntry = Checked<
  {
    id: number;
    occurredAt: string;
    actor: string;
    action: string;
    resourceType: string;
    resourceId: string | null;
    outcome: string;
    detail: string | null;
  },
  'Entry'
>;

export const auditApi = {
  audit: (query: URLSearchParams) => request<AuditEntry[]>('GET', `/api/audit?${query}`),
};
