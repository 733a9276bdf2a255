// Beacon's designer API (/api/models) and session, as the designer page uses them.

export type ModelType = 'bpmn' | 'dmn';

export interface Session {
  username: string;
  roles: string[];
  csrfToken?: string;
}

export interface ModelVersion {
  version: number;
  definitionId: string;
  deploymentId: string;
  deploymentName?: string;
  deploymentSource?: string;
  deployedAt?: string;
  /** Process instances that have not ended; absent for decisions. */
  runningInstances?: number;
}

export interface DeployedModel {
  type: ModelType;
  key: string;
  name: string;
  latestVersion: number;
  versions: ModelVersion[];
}

export interface Submission {
  name: string;
  type: ModelType;
  xml: string;
}

export interface ValidationReport {
  valid: boolean;
  type: ModelType;
  keys: string[];
  warnings: Record<string, string>;
}

export interface DeployedDefinition {
  type: ModelType;
  id: string;
  key: string;
  name?: string;
  version: number;
  deploymentId: string;
}

export interface StartedInstance {
  id: string;
  businessKey: string;
}

export interface DeployOutcome {
  created: boolean;
  deploymentId: string;
  id: string;
  key: string;
  version: number;
  definitions: DeployedDefinition[];
  warnings: Record<string, string>;
}

/** Beacon's one error shape: {status, error, message, fields?}. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Builds the error from a response, whatever its body turned out to be. */
  static async from(response: Response): Promise<ApiError> {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // not JSON: a proxy's or the server's own page
    }
    if (body && typeof body === 'object') {
      const { message, fields } = body as { message?: unknown; fields?: unknown };
      return new ApiError(
        response.status,
        typeof message === 'string' && message ? message : fallbackMessage(response.status),
        isStringRecord(fields) ? fields : {},
      );
    }
    return new ApiError(response.status, fallbackMessage(response.status));
  }
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value as object).every((v) => typeof v === 'string')
  );
}

export function fallbackMessage(status: number): string {
  switch (status) {
    case 401:
      return 'You are not signed in.';
    case 403:
      return 'You may not do this.';
    case 404:
      return 'There is no such model.';
    case 413:
      return 'The model is too large.';
    default:
      return status >= 500
        ? 'Something went wrong on the server; it has been logged.'
        : `The request was refused (${status}).`;
  }
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Calls Beacon with the browser's session cookie. Every request says it comes from a script
 * (X-Requested-With, so no Basic sign-in box pops up); every POST carries the session's CSRF token.
 */
export class BeaconApi {
  private csrfToken: string | undefined;

  constructor(
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
    private readonly root = '/api',
  ) {}

  /** Who is signed in; null when nobody is (401). Keeps the CSRF token for later POSTs. */
  async session(): Promise<Session | null> {
    const response = await this.request('GET', '/session');
    if (response.status === 401) {
      return null;
    }
    const session = (await this.json(response)) as Session;
    this.csrfToken = session.csrfToken;
    return session;
  }

  async models(): Promise<DeployedModel[]> {
    return (await this.json(await this.request('GET', '/models'))) as DeployedModel[];
  }

  /** The XML of one version (a number, or 'latest'). */
  async modelXml(
    type: ModelType,
    key: string,
    version: number | 'latest' = 'latest',
  ): Promise<string> {
    const path = `/models/${encodeURIComponent(type)}/${encodeURIComponent(key)}/versions/${version}/xml`;
    const response = await this.request('GET', path, undefined, 'application/xml');
    if (!response.ok) {
      throw await ApiError.from(response);
    }
    return response.text();
  }

  /** Resolves when every check passes; rejects with an ApiError (400: the reasons in fields). */
  async validate(submission: Submission): Promise<ValidationReport> {
    return (await this.json(
      await this.request('POST', '/models/validate', submission),
    )) as ValidationReport;
  }

  async deploy(submission: Submission): Promise<DeployOutcome> {
    return (await this.json(
      await this.request('POST', '/models/deploy', submission),
    )) as DeployOutcome;
  }

  /**
   * Starts an instance of a deployed process definition through the engine's REST API (admins
   * only), so an administrator can run a flow they just deployed. Its user tasks then appear in
   * the task lists of their candidate groups.
   */
  async startInstance(definitionId: string, businessKey: string): Promise<StartedInstance> {
    const response = await this.request(
      'POST',
      `/process-definition/${encodeURIComponent(definitionId)}/start`,
      { businessKey },
      'application/json',
      '/engine-rest',
    );
    const started = (await this.json(response)) as { id: string; businessKey?: string | null };
    return { id: started.id, businessKey: started.businessKey ?? businessKey };
  }

  private request(
    method: string,
    path: string,
    body?: unknown,
    accept = 'application/json',
    root = this.root,
  ): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: accept,
      'X-Requested-With': 'XMLHttpRequest',
    };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET' && this.csrfToken) {
      headers['X-CSRF-Token'] = this.csrfToken;
    }
    return this.fetchImpl(root + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  }

  private async json(response: Response): Promise<unknown> {
    if (!response.ok) {
      throw await ApiError.from(response);
    }
    return response.json();
  }
}
