import { html, nothing, render, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { ApiError, api, request, type Session } from '../api';

/** What GET /api/session/oidc says: whether the school's identity provider signs people in here. */
interface SingleSignOn {
  enabled: boolean;
  /** The provider as the button names it: "Microsoft", "Google", or the school's own name. */
  name?: string;
  /** Where the browser goes to start (a full page load, not a fetch: the provider's page follows). */
  start?: string;
}

export interface SignInOptions {
  /** Why the page is shown: signed out, session ended after idle time, ... */
  message?: string;
  onSignedIn(session: Session): void;
}

/** The sign-in page, drawn into the whole app root. */
export function showSignIn(root: HTMLElement, options: SignInOptions): void {
  let username = '';
  let password = '';
  let busy = false;
  let problem: string | undefined;
  let fieldErrors: Record<string, string> = {};
  let singleSignOn: SingleSignOn | undefined;

  const submit = async () => {
    busy = true;
    problem = undefined;
    fieldErrors = {};
    draw();
    try {
      const session = await api.signIn(username.trim(), password);
      options.onSignedIn(session);
      return;
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'Error', String(e));
      problem = error.status === 401 ? 'The username or password is not right. Try again.' : error.message;
      fieldErrors = error.fields;
      password = '';
    }
    busy = false;
    draw();
    requestAnimationFrame(() => root.querySelector<HTMLElement>('#signin-problem')?.focus());
  };

  const fieldError = (id: string, label: string): TemplateResult | typeof nothing =>
    fieldErrors[id]
      ? html`<p class="field-error" id=${`signin-${id}-error`}><span class="visually-hidden">Error: </span>${label} ${fieldErrors[id]}</p>`
      : nothing;

  const draw = () =>
    render(
      html`
        <main id="main" class="signin" tabindex="-1">
          <h1>Sign in to Beacon</h1>
          <p class="lead">Safeguarding and e-safety procedures for your school.</p>
          ${options.message && !problem
            ? html`<div class="notice" role="status" id="signin-message">${options.message}</div>`
            : nothing}
          ${problem
            ? html`<div class="error-summary" role="alert" id="signin-problem" tabindex="-1">
                <h2>Not signed in</h2>
                <p>${problem}</p>
              </div>`
            : nothing}
          ${singleSignOn?.enabled && singleSignOn.start
            ? html`<div class="actions single-sign-on">
                  <a class="button primary" id="signin-sso" href=${'/' + singleSignOn.start}>Sign in with ${singleSignOn.name}</a>
                </div>
                <p class="lead">Or sign in with your Beacon username and password:</p>`
            : nothing}
          <form
            novalidate
            @submit=${(e: Event) => {
              e.preventDefault();
              if (!busy) {
                void submit();
              }
            }}
          >
            <div class="field ${fieldErrors.username ? 'has-error' : ''}">
              <label for="signin-username">Username</label>
              ${fieldError('username', 'Username')}
              <input
                id="signin-username"
                name="username"
                autocomplete="username"
                autocapitalize="none"
                spellcheck="false"
                aria-required="true"
                aria-invalid=${fieldErrors.username ? 'true' : 'false'}
                aria-describedby=${fieldErrors.username ? 'signin-username-error' : nothing}
                .value=${live(username)}
                @input=${(e: Event) => (username = (e.target as HTMLInputElement).value)}
              />
            </div>
            <div class="field ${fieldErrors.password ? 'has-error' : ''}">
              <label for="signin-password">Password</label>
              ${fieldError('password', 'Password')}
              <input
                id="signin-password"
                name="password"
                type="password"
                autocomplete="current-password"
                aria-required="true"
                aria-invalid=${fieldErrors.password ? 'true' : 'false'}
                aria-describedby=${fieldErrors.password ? 'signin-password-error' : nothing}
                .value=${live(password)}
                @input=${(e: Event) => (password = (e.target as HTMLInputElement).value)}
              />
            </div>
            <div class="actions">
              <button type="submit" class="primary" ?disabled=${busy}>${busy ? 'Signing in…' : 'Sign in'}</button>
            </div>
          </form>
        </main>
      `,
      root,
    );

  document.title = 'Sign in – Beacon';
  draw();
  // Offered only when the server has single sign-on configured; the password form works meanwhile.
  request<SingleSignOn>('GET', '/api/session/oidc')
    .then((answer) => {
      singleSignOn = answer;
      draw();
    })
    .catch(() => undefined);
  requestAnimationFrame(() => root.querySelector<HTMLElement>('#signin-username')?.focus());
}
