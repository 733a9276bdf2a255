import { afterEach, describe, expect, it, vi } from 'vitest';
import { showSignIn } from './signIn';

/** Answers GET /api/session/oidc as the server would; fails the test on any other request. */
const serverSays = (answer: unknown) =>
  vi.fn(async (path: string) => {
    expect(path).toBe('/api/session/oidc');
    return new Response(JSON.stringify(answer), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the sign-in page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('offers the school account by its name when single sign-on is configured', async () => {
    vi.stubGlobal(
      'fetch',
      serverSays({ enabled: true, name: 'Microsoft', start: 'api/session/oidc/start' }),
    );
    const root = document.createElement('div');
    showSignIn(root, { onSignedIn: () => undefined });
    await settle();

    const link = root.querySelector<HTMLAnchorElement>('#signin-sso');
    expect(link?.textContent?.trim()).toBe('Sign in with Microsoft');
    expect(link?.getAttribute('href')).toBe('/api/session/oidc/start');
    expect(root.querySelector('#signin-password')).not.toBeNull();
  });

  it('shows the password form alone when it is not, or when the question fails', async () => {
    for (const fetch of [
      serverSays({ enabled: false }),
      vi.fn(async () => {
        throw new TypeError('offline');
      }),
    ]) {
      vi.stubGlobal('fetch', fetch);
      const root = document.createElement('div');
      showSignIn(root, { onSignedIn: () => undefined });
      await settle();

      expect(fetch).toHaveBeenCalledOnce();
      expect(root.querySelector('#signin-sso')).toBeNull();
      expect(root.textContent).not.toContain('Sign in with');
      expect(root.querySelector('#signin-username')).not.toBeNull();
    }
  });
});
