import { afterEach, describe, expect, it, vi } from 'vitest';
import { showSignIn } from './signIn';

/**
 * Answers each fetch with the next JSON body, recording what was sent; the page's question whether
 * single sign-on is offered is answered "no" on the side.
 */
function server(...answers: { status: number; body: unknown }[]) {
  const sent: { url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      if (url === '/api/session/oidc') {
        return new Response(JSON.stringify({ enabled: false }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      }
      sent.push({ url, body: init.body ? JSON.parse(String(init.body)) : undefined });
      const next = answers.shift()!;
      return new Response(JSON.stringify(next.body), {
        status: next.status,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  return sent;
}

const type = (root: HTMLElement, id: string, value: string) => {
  const input = root.querySelector<HTMLInputElement>(id)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
};

const submit = (root: HTMLElement, selector: string) =>
  root
    .querySelector<HTMLFormElement>(selector)!
    .dispatchEvent(new Event('submit', { cancelable: true }));

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('sign-in with a second factor', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the code after a right password, and signs in with it', async () => {
    const sent = server(
      { status: 200, body: { secondFactorRequired: true } },
      { status: 200, body: { username: 'dsl', roles: ['dsl'], csrfToken: 't' } },
    );
    const root = document.createElement('div');
    const onSignedIn = vi.fn();
    showSignIn(root, { onSignedIn });
    type(root, '#signin-username', 'dsl');
    type(root, '#signin-password', 'a long password');
    submit(root, 'form:not([hidden])');
    await settle();
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(root.querySelector('#signin-code')).not.toBeNull();

    type(root, '#signin-code', '123 456');
    submit(root, 'form:not([hidden])');
    await settle();
    expect(sent.map((s) => s.url)).toEqual(['/api/session', '/api/session/second-factor']);
    expect(sent[1].body).toEqual({ code: '123 456' });
    expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ username: 'dsl' }));
  });

  it('says a wrong code is not right and stays on the code step', async () => {
    server(
      { status: 200, body: { secondFactorRequired: true } },
      {
        status: 401,
        body: {
          status: 401,
          error: 'Unauthorized',
          message: 'That code is not right',
          fields: { code: 'is not a current code' },
        },
      },
    );
    const root = document.createElement('div');
    const onSignedIn = vi.fn();
    showSignIn(root, { onSignedIn });
    type(root, '#signin-username', 'dsl');
    type(root, '#signin-password', 'a long password');
    submit(root, 'form:not([hidden])');
    await settle();
    type(root, '#signin-code', '000000');
    submit(root, 'form:not([hidden])');
    await settle();
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(root.querySelector('#signin-problem')?.textContent).toContain('That code is not right');
    expect(root.querySelector('#signin-code')).not.toBeNull();
  });

  it('checks the code before sending it', async () => {
    const sent = server({ status: 200, body: { secondFactorRequired: true } });
    const root = document.createElement('div');
    showSignIn(root, { onSignedIn: vi.fn() });
    type(root, '#signin-username', 'dsl');
    type(root, '#signin-password', 'a long password');
    submit(root, 'form:not([hidden])');
    await settle();
    type(root, '#signin-code', '12');
    submit(root, 'form:not([hidden])');
    await settle();
    expect(sent).toHaveLength(1);
    expect(root.querySelector('#signin-problem')?.textContent).toContain('six digits');
  });
});
