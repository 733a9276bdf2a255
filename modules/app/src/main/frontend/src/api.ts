// The one way the UI talks to Beacon: JSON, the session cookie, the CSRF token on every
// state-changing request, and X-Requested-With so a 401 never triggers the browser's Basic pop-up.

/** Beacon's error body: {status, error, message, fields?}. */
export class ApiError extends Error {
  readonly status: number;
  readonly error: string;
  readonly fields: Record<string, string>;

  constructor(status: number, error: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.error = error;
    this.fields = fields;
  }
}

export interface Session {
  username: string;
  roles: string[];
  csrfToken?: string;
}

export interface TaskView {
  id: string;
  name: string;
  // JSON-B leaves out null properties: every optional one may be missing.
  processName?: string | null;
  processDefinitionKey?: string | null;
  businessKey?: string | null;
  created?: string | null;
  due?: string | null;
  assignee?: string | null;
}

export interface TaskPage {
  items: TaskView[];
  page: number;
  size: number;
  hasMore: boolean;
}

export interface FormField {
  id: string;
  label: string;
  type: string;
  required: boolean;
  readonly?: boolean;
  values: { id: string; label: string }[];
  defaultValue?: unknown;
  value?: unknown;
}

export interface TaskDetail {
  task: TaskView;
  candidateGroups: string[];
  description?: string | null;
  formKey?: string | null;
  form: FormField[];
}

export interface ChronologyStep {
  at: string | null;
  activityId: string;
  name: string | null;
  kind: string;
  actor: string | null;
  completed: boolean;
  values: { id: string; label: string; value: string | null }[];
}

export interface IncidentSummary {
  id: number;
  reference: string;
  status: string;
  reportedAt: string | null;
  occurredAt: string | null;
  incidentType: string | null;
  immediateRisk: boolean | null;
  classification: string | null;
  involves: string | null;
}

export interface IncidentDetail {
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
  outcomeSummary?: string | null;
  policyReview?: boolean | null;
  closedAt?: string | null;
  links?: { kind: string; createdAt: string; note: string | null }[] | null;
  chronology?: ChronologyStep[] | null;
}

export interface AuditEntry {
  id: number;
  occurredAt: string;
  actor: string;
  action: string;
  resourceType: string;
  resourceId: string | null;
  outcome: string;
  detail: string | null;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

let csrfToken: string | undefined;
let onUnauthenticated: (() => void) | undefined;

/** Remembers the session's CSRF token; null after sign-out. */
export function useCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called on any 401 of a signed-in request: the session has ended (idle timeout or sign-out elsewhere). */
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-Requested-With': 'XMLHttpRequest',
  };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (!SAFE.has(method) && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'Network', 'Beacon cannot be reached. Check the connection and try again.');
  }
  if (response.ok) {
    if (response.status === 204) {
      return undefined as T;
    }
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const error = await errorOf(response);
  const signingIn = path === '/api/session' && method === 'POST';
  if (error.status === 401 && !signingIn && onUnauthenticated) {
    onUnauthenticated();
  }
  throw error;
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const json = (await response.json()) as Partial<{ status: number; error: string; message: string; fields: Record<string, string> }>;
    return new ApiError(
      response.status,
      json.error ?? response.statusText,
      json.message ?? `Request failed (${response.status})`,
      json.fields ?? {},
    );
  } catch {
    return new ApiError(response.status, response.statusText, `Request failed (${response.status})`);
  }
}

export const api = {
  session: () => request<Session>('GET', '/api/session'),
  signIn: (username: string, password: string) => request<Session>('POST', '/api/session', { username, password }),
  signOut: () => request<void>('DELETE', '/api/session'),

  tasks: (page: number, size: number) => request<TaskPage>('GET', `/api/tasks?page=${page}&size=${size}`),
  task: (id: string) => request<TaskDetail>('GET', `/api/tasks/${encodeURIComponent(id)}`),
  claim: (id: string) => request<TaskView>('POST', `/api/tasks/${encodeURIComponent(id)}/claim`),
  unclaim: (id: string) => request<TaskView>('POST', `/api/tasks/${encodeURIComponent(id)}/unclaim`),
  complete: (id: string, values: Record<string, unknown>) =>
    request<void>('POST', `/api/tasks/${encodeURIComponent(id)}/complete`, values),

  incidentTypes: () => request<string[]>('GET', '/api/incidents/types'),
  report: (report: unknown) => request<{ id: number; reference: string }>('POST', '/api/incidents', report),
  incidents: (query: URLSearchParams) => request<IncidentSummary[]>('GET', `/api/incidents?${query}`),
  incident: (idOrReference: string) =>
    request<IncidentDetail>('GET', `/api/incidents/${encodeURIComponent(idOrReference)}`),

  audit: (query: URLSearchParams) => request<AuditEntry[]>('GET', `/api/audit?${query}`),
};
