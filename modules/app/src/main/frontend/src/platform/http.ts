// The core of how the UI talks to Beacon: JSON, the session cookie, the CSRF token on every
// state-changing request, and X-Requested-With so a 401 never triggers the browser's Basic pop-up.
// Each module folder keeps its own calls and types in its api.ts, built on request() and upload().

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

/** What to say when the server refuses or does not know a record: never what it holds. */
export function refusal(e: unknown, what: string): string {
  if (e instanceof ApiError) {
    if (e.status === 403) return `You may not see ${what}. Ask the DSL if you think you need to.`;
    if (e.status === 404) return `There is no ${what} with this reference that you may see.`;
    return e.message;
  }
  return String(e);
}

/** `?query` when there is one, nothing otherwise. */
export const q = (query?: URLSearchParams) => (query && query.toString() ? `?${query}` : '');
/** One path segment, encoded. */
export const seg = encodeURIComponent;
