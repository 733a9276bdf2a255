import { describe, expect, it } from 'vitest';
import { ApiError, BeaconApi } from './api';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that answers from a list and remembers what it was asked. */
function fakeFetch(...responses: Response[]) {
  const calls: Call[] = [];
  const fetchImpl = async (url: string, init: RequestInit = {}) => {
    calls.push({ url, init });
    const next = responses.shift();
    if (!next) {
      throw new Error(`unexpected request ${init.method} ${url}`);
    }
    return next;
  };
  return { calls, fetchImpl };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function header(call: Call, name: string): string | undefined {
  return (call.init.headers as Record<string, string>)[name];
}

const session = { username: 'admin', roles: ['admin'], csrfToken: 'token-123' };
const submission = { name: 'Review flow', type: 'bpmn' as const, xml: '<bpmn:definitions/>' };

describe('BeaconApi', () => {
  it('answers null for the session when nobody is signed in', async () => {
    const { fetchImpl } = fakeFetch(
      json(401, { status: 401, error: 'Unauthorized', message: 'Sign in to use Beacon' }),
    );

    expect(await new BeaconApi(fetchImpl).session()).toBeNull();
  });

  it('sends every request as a script, and POSTs with the session CSRF token', async () => {
    const { calls, fetchImpl } = fakeFetch(
      json(200, session),
      json(200, { valid: true, type: 'bpmn', keys: ['ReviewFlow'], warnings: {} }),
    );
    const api = new BeaconApi(fetchImpl);

    await api.session();
    const report = await api.validate(submission);

    expect(report.keys).toEqual(['ReviewFlow']);
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'GET /api/session',
      'POST /api/models/validate',
    ]);
    expect(calls.every((c) => header(c, 'X-Requested-With') === 'XMLHttpRequest')).toBe(true);
    expect(header(calls[0], 'X-CSRF-Token')).toBeUndefined();
    expect(header(calls[1], 'X-CSRF-Token')).toBe('token-123');
    expect(header(calls[1], 'Content-Type')).toBe('application/json');
    expect(JSON.parse(calls[1].init.body as string)).toEqual(submission);
  });

  it('turns a 400 into an ApiError with the server reasons by field', async () => {
    const { fetchImpl } = fakeFetch(
      json(400, {
        status: 400,
        error: 'Bad Request',
        message: 'The model has 2 problem(s)',
        fields: {
          Task_SignOff: "candidate group 'teachers' is not a Beacon role",
          xml: 'is not well-formed XML',
        },
      }),
    );

    const error = await new BeaconApi(fetchImpl).deploy(submission).catch((e) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('The model has 2 problem(s)');
    expect(error.fields).toEqual({
      Task_SignOff: "candidate group 'teachers' is not a Beacon role",
      xml: 'is not well-formed XML',
    });
  });

  it('gives a readable message when the error body is not Beacon JSON', async () => {
    const { fetchImpl } = fakeFetch(new Response('<html>Bad gateway</html>', { status: 502 }));

    const error = await new BeaconApi(fetchImpl).models().catch((e) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toMatch(/went wrong on the server/);
    expect(error.fields).toEqual({});
  });

  it('fetches a version XML as text from the version address', async () => {
    const { calls, fetchImpl } = fakeFetch(new Response('<definitions/>', { status: 200 }));

    const xml = await new BeaconApi(fetchImpl).modelXml('dmn', 'Pupil Sanctions', 3);

    expect(xml).toBe('<definitions/>');
    expect(calls[0].url).toBe('/api/models/dmn/Pupil%20Sanctions/versions/3/xml');
    expect(header(calls[0], 'Accept')).toBe('application/xml');
  });

  it('starts an instance of a deployed process through the engine API with the CSRF token', async () => {
    const { calls, fetchImpl } = fakeFetch(
      json(200, session),
      json(200, { id: 'pi-1', businessKey: 'TRY-1' }),
    );
    const api = new BeaconApi(fetchImpl);

    await api.session();
    const started = await api.startInstance('TwoStep:1:abc', 'TRY-1');

    expect(started).toEqual({ id: 'pi-1', businessKey: 'TRY-1' });
    expect(`${calls[1].init.method} ${calls[1].url}`).toBe(
      'POST /engine-rest/process-definition/TwoStep%3A1%3Aabc/start',
    );
    expect(header(calls[1], 'X-CSRF-Token')).toBe('token-123');
    expect(JSON.parse(calls[1].init.body as string)).toEqual({ businessKey: 'TRY-1' });
  });
});
