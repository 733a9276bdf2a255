// The one way the UI talks to Beacon: JSON, the session cookie, the CSRF token on every
// state-changing request, and X-Requested-With so a 401 never triggers the browser's Basic pop-up.

import type { Checked } from './api/checked';

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
  /** The plain personal name from the directory ("Dana Lead"), if the server sends one. */
  displayName?: string | null;
  roles: string[];
  csrfToken?: string;
  /** After a password reset: nothing works until they choose a new password. */
  mustChangePassword?: boolean;
  /** Two-factor sign-in: enrolled, required of their roles, and whether they must enrol before anything else. */
  twoFactor?: { enrolled: boolean; required: boolean; enrolmentRequired: boolean };
}

/** The answer to a right password of someone enrolled in two-factor sign-in: a code comes next. */
export interface SecondFactorRequired {
  secondFactorRequired: true;
}

/** What POST /api/session answers: signed in, or the code step. */
export type SignInAnswer = Session | SecondFactorRequired;

export function needsSecondFactor(answer: SignInAnswer): answer is SecondFactorRequired {
  return (answer as SecondFactorRequired).secondFactorRequired === true;
}

/** The `error` of the 403 every request answers until someone who must enrol in two-factor sign-in has. */
export const TWO_FACTOR_ENROLMENT_REQUIRED = 'two-factor-enrolment-required';

/** The `error` of the 403 every request answers until the person chooses a new password. */
export const PASSWORD_CHANGE_REQUIRED = 'password-change-required';

/** Someone in Beacon's directory: a plain personal name, the roles beside it, never inside it. */
export type Person = Checked<
  {
    username: string;
    displayName: string;
    roles: string[];
  },
  'Found'
>;

/**
 * A name given in a case (the person it is about, or who reported it) that may mean several
 * people or matches only loosely: a DSL links it to one of them or rejects the match.
 */
export type PersonMention = Checked<
  {
    id: number;
    caseReference: string;
    part: 'subject' | 'reporter';
    asGiven: string;
    match: 'exact' | 'ambiguous' | 'loose' | 'nobody';
    status: 'settled' | 'to-review' | 'linked' | 'rejected';
    people: Person[];
  },
  'MentionView'
>;

export type TaskView = Checked<
  {
    id: string;
    name: string;
    // JSON-B leaves out null properties: every optional one may be missing.
    processName?: string | null;
    processDefinitionKey?: string | null;
    businessKey?: string | null;
    created?: string | null;
    due?: string | null;
    assignee?: string | null;
  },
  'TaskView'
>;

export type TaskPage = Checked<
  {
    items: TaskView[];
    page: number;
    size: number;
    hasMore: boolean;
  },
  'TaskPage'
>;

export type FormField = Checked<
  {
    id: string;
    label: string;
    type: string;
    required: boolean;
    readonly?: boolean;
    values: { id: string; label: string }[];
    defaultValue?: unknown;
    value?: unknown;
  },
  'FormFieldView'
>;

export type TaskDetail = Checked<
  {
    task: TaskView;
    candidateGroups: string[];
    description?: string | null;
    formKey?: string | null;
    form: FormField[];
    /** Names in the task's case still to be confirmed by a DSL (missing when there are none). */
    peopleToConfirm?: PersonMention[] | null;
  },
  'TaskDetail'
>;

export type ChronologyStep = Checked<
  {
    at: string | null;
    activityId: string;
    name: string | null;
    kind: string;
    actor: string | null;
    completed: boolean;
    values: { id: string; label: string; value: string | null }[];
  },
  'Step'
>;

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

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

let csrfToken: string | undefined;
let onUnauthenticated: (() => void) | undefined;
let onPasswordChangeRequired: (() => void) | undefined;
let onEnrolmentRequired: (() => void) | undefined;

/** Called when the server answers 403 "two-factor-enrolment-required": the shell shows the enrolment page. */
export function whenTwoFactorEnrolmentRequired(handler: () => void): void {
  onEnrolmentRequired = handler;
}

/** Called when the server answers 403 "password-change-required": the shell shows the new-password page. */
export function whenPasswordChangeRequired(handler: () => void): void {
  onPasswordChangeRequired = handler;
}

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
    throw new ApiError(
      0,
      'Network',
      'Beacon cannot be reached. Check the connection and try again.',
    );
  }
  if (response.ok) {
    if (response.status === 204) {
      return undefined as T;
    }
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const error = await errorOf(response);
  const signingIn =
    (path === '/api/session' || path === '/api/session/second-factor') && method === 'POST';
  if (error.status === 401 && !signingIn && onUnauthenticated) {
    onUnauthenticated();
  }
  if (
    error.status === 403 &&
    error.error === PASSWORD_CHANGE_REQUIRED &&
    onPasswordChangeRequired
  ) {
    onPasswordChangeRequired();
  }
  if (
    error.status === 403 &&
    error.error === TWO_FACTOR_ENROLMENT_REQUIRED &&
    onEnrolmentRequired
  ) {
    onEnrolmentRequired();
  }
  throw error;
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const json = (await response.json()) as Partial<{
      status: number;
      error: string;
      message: string;
      fields: Record<string, string>;
    }>;
    return new ApiError(
      response.status,
      json.error ?? response.statusText,
      json.message ?? `Request failed (${response.status})`,
      json.fields ?? {},
    );
  } catch {
    return new ApiError(
      response.status,
      response.statusText,
      `Request failed (${response.status})`,
    );
  }
}

export const api = {
  session: () => request<Session>('GET', '/api/session'),
  signIn: (username: string, password: string) =>
    request<SignInAnswer>('POST', '/api/session', { username, password }),
  /** The second step: a six-digit code from the authenticator app, or a recovery code. */
  secondFactor: (code: string) => request<Session>('POST', '/api/session/second-factor', { code }),
  signOut: () => request<void>('DELETE', '/api/session'),

  tasks: (page: number, size: number) =>
    request<TaskPage>('GET', `/api/tasks?page=${page}&size=${size}`),
  task: (id: string) => request<TaskDetail>('GET', `/api/tasks/${encodeURIComponent(id)}`),
  claim: (id: string) => request<TaskView>('POST', `/api/tasks/${encodeURIComponent(id)}/claim`),
  unclaim: (id: string) =>
    request<TaskView>('POST', `/api/tasks/${encodeURIComponent(id)}/unclaim`),
  complete: (id: string, values: Record<string, unknown>) =>
    request<void>('POST', `/api/tasks/${encodeURIComponent(id)}/complete`, values),

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

  audit: (query: URLSearchParams) => request<AuditEntry[]>('GET', `/api/audit?${query}`),

  /** At most 20 people whose username, display name or alias contains the text; empty text gives the first 20. */
  people: (search: string) =>
    request<Person[]>('GET', `/api/people?${new URLSearchParams({ search })}`),
  linkMention: (id: number, username: string) =>
    request<PersonMention>('POST', `/api/people/mentions/${encodeURIComponent(String(id))}/link`, {
      username,
    }),
  rejectMention: (id: number) =>
    request<PersonMention>('POST', `/api/people/mentions/${encodeURIComponent(String(id))}/reject`),
};

// --- staff allegations ----------------------------------------------------------------------

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

// --- filtering ------------------------------------------------------------------------------

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

// --- governance -----------------------------------------------------------------------------

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

/** A request body that is not JSON (a log file): sent as it is, with its own content type. */
export async function upload<T>(
  path: string,
  body: Blob | string,
  contentType: string,
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-Requested-With': 'XMLHttpRequest',
    'Content-Type': contentType,
  };
  if (csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body });
  } catch {
    throw new ApiError(
      0,
      'Network',
      'Beacon cannot be reached. Check the connection and try again.',
    );
  }
  if (response.ok) {
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const error = await errorOf(response);
  if (error.status === 401 && onUnauthenticated) {
    onUnauthenticated();
  }
  throw error;
}

const q = (query?: URLSearchParams) => (query && query.toString() ? `?${query}` : '');
const seg = encodeURIComponent;

export const cases = {
  raiseAllegation: (body: unknown) =>
    request<{ reference: string }>('POST', '/api/allegations', body),
  allegations: (query?: URLSearchParams) =>
    request<AllegationSummary[]>('GET', `/api/allegations${q(query)}`),
  allegation: (reference: string) =>
    request<AllegationDetail>('GET', `/api/allegations/${seg(reference)}`),
};

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

// --- the people directory --------------------------------------------------------------------

/** A person as the directory's screens show them (GET /api/users, /api/users/me). */
export type UserAccount = Checked<
  {
    username: string;
    displayName: string;
    email?: string | null;
    roles: string[];
    aliases: string[];
    enabled: boolean;
    mustChangePassword: boolean;
    createdAt?: string | null;
  },
  'UserView'
>;

/** What a staff file import did, or would do on a dry run. */
export type StaffImportResult = Checked<
  {
    dryRun: boolean;
    added: { username: string; displayName: string; roles: string[] }[];
    changed: { username: string; displayName: string; fields: string[] }[];
    unchanged: string[];
    missing: string[];
  },
  'StaffImportResult'
>;

export const users = {
  list: (query?: URLSearchParams) => request<UserAccount[]>('GET', `/api/users${q(query)}`),
  get: (username: string) => request<UserAccount>('GET', `/api/users/${seg(username)}`),
  create: (body: unknown) =>
    request<{ user: UserAccount; temporaryPassword: string }>('POST', '/api/users', body),
  update: (username: string, patch: unknown) =>
    request<UserAccount>('PATCH', `/api/users/${seg(username)}`, patch),
  resetPassword: (username: string) =>
    request<{ temporaryPassword: string }>('POST', `/api/users/${seg(username)}/password-reset`),
  importStaff: (file: Blob, dryRun: boolean) =>
    upload<StaffImportResult>(`/api/users/import${dryRun ? '?dryRun=true' : ''}`, file, 'text/csv'),
  me: () => request<UserAccount>('GET', '/api/users/me'),
  updateMe: (patch: unknown) => request<UserAccount>('PATCH', '/api/users/me', patch),
  changePassword: (oldPassword: string, newPassword: string) =>
    request<void>('POST', '/api/users/me/password', { oldPassword, newPassword }),
};

/** What to say when the server refuses or does not know a record: never what it holds. */
export function refusal(e: unknown, what: string): string {
  if (e instanceof ApiError) {
    if (e.status === 403) return `You may not see ${what}. Ask the DSL if you think you need to.`;
    if (e.status === 404) return `There is no ${what} with this reference that you may see.`;
    return e.message;
  }
  return String(e);
}

// --- the pupil register ----------------------------------------------------------------------

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

// --- two-factor sign-in and personal API tokens ----------------------------------------------

/** Where one stands with two-factor sign-in (GET /api/users/me/two-factor). */
export type TwoFactorStatus = Checked<
  {
    enrolled: boolean;
    required: boolean;
    recoveryCodesLeft: number;
  },
  'Status'
>;

/** Enrolment begun: the secret to type in by hand, its otpauth:// URI and a QR code of it (an SVG data URI). */
export type TwoFactorStart = Checked<
  {
    secret: string;
    otpauthUri: string;
    qrCode: string;
  },
  'Started'
>;

/** A personal API token as listed: never the token itself. */
export type ApiTokenInfo = Checked<
  {
    id: number;
    name: string;
    created: string;
    expires: string;
    lastUsed?: string | null;
    expired: boolean;
  },
  'TokenView'
>;

export const twoFactor = {
  status: () => request<TwoFactorStatus>('GET', '/api/users/me/two-factor'),
  start: () => request<TwoFactorStart>('POST', '/api/users/me/two-factor'),
  confirm: (code: string) =>
    request<{ enrolled: boolean; recoveryCodes: string[] }>(
      'POST',
      '/api/users/me/two-factor/confirmation',
      { code },
    ),
};

export const apiTokens = {
  list: () => request<ApiTokenInfo[]>('GET', '/api/users/me/tokens'),
  create: (name: string, expiresInDays: number) =>
    request<{ details: ApiTokenInfo; token: string }>('POST', '/api/users/me/tokens', {
      name,
      expiresInDays,
    }),
  revoke: (id: number) => request<void>('DELETE', `/api/users/me/tokens/${id}`),
};
