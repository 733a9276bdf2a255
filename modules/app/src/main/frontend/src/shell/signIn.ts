import { html, nothing, render, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { ApiError, needsSecondFactor, request, type Session } from '../platform/http';
import { sessionApi } from './api';
import { signInCodeProblem } from './twoFactorChecks';

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

/**
 * The sign-in page, drawn into the whole app root: username and password, then, for someone
 * enrolled in two-factor sign-in, a code from their authenticator app (or a recovery code).
 */
export function showSignIn(root: HTMLElement, options: SignInOptions): void {
  let username = '';
  let password = '';
  let code = '';
  /** The password was accepted and the server asks for the code. */
  let codeStep = false;
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
      const answer = await sessionApi.signIn(username.trim(), password);
      if (needsSecondFactor(answer)) {
        codeStep = true;
        password = '';
        busy = false;
        draw();
        requestAnimationFrame(() => root.querySelector<HTMLElement>('#signin-code')?.focus());
        return;
      }
      options.onSignedIn(answer);
      return;
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'Error', String(e));
      problem =
        error.status === 401 ? 'The username or password is not right. Try again.' : error.message;
      fieldErrors = error.fields;
      password = '';
    }
    busy = false;
    draw();
    requestAnimationFrame(() => root.querySelector<HTMLElement>('#signin-problem')?.focus());
  };

  const submitCode = async () => {
    problem = signInCodeProblem(code);
    fieldErrors = problem ? { code: problem } : {};
    if (problem) {
      draw();
      requestAnimationFrame(() => root.querySelector<HTMLElement>('#signin-problem')?.focus());
      return;
    }
    busy = true;
    draw();
    try {
      options.onSignedIn(await sessionApi.secondFactor(code.trim()));
      return;
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'Error', String(e));
      if (error.status === 401 && !error.fields.code) {
        // The waiting sign-in ended (five minutes): start again with the password.
        codeStep = false;
        problem = 'Signing in took too long. Enter your username and password again.';
        fieldErrors = {};
      } else {
        problem =
          error.status === 401
            ? 'That code is not right. Try the code your app shows now.'
            : error.message;
        fieldErrors = error.fields.code ? { code: 'is not right' } : {};
      }
      code = '';
    }
    busy = false;
    draw();
    requestAnimationFrame(() => root.querySelector<HTMLElement>('#signin-problem')?.focus());
  };

  const codeForm = () => html`
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        if (!busy) {
          void submitCode();
        }
      }}
    >
      <div class="field ${fieldErrors.code ? 'has-error' : ''}">
        <label for="signin-code">Code from your authenticator app</label>
        <p class="hint" id="signin-code-hint">
          Six digits. Lost your phone? Type one of your recovery codes instead.
        </p>
        <input
          id="signin-code"
          name="code"
          inputmode="numeric"
          autocomplete="one-time-code"
          autocapitalize="none"
          spellcheck="false"
          aria-required="true"
          aria-invalid=${fieldErrors.code ? 'true' : 'false'}
          aria-describedby="signin-code-hint"
          .value=${live(code)}
          @input=${(e: Event) => (code = (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${busy}>
          ${busy ? 'Checking…' : 'Sign in'}
        </button>
        <button
          type="button"
          id="signin-restart"
          @click=${() => {
            codeStep = false;
            code = '';
            problem = undefined;
            fieldErrors = {};
            draw();
          }}
        >
          Start again
        </button>
      </div>
    </form>
  `;

  const fieldError = (id: string, label: string): TemplateResult | typeof nothing =>
    fieldErrors[id]
      ? html`<p class="field-error" id=${`signin-${id}-error`}>
          <span class="visually-hidden">Error: </span>${label} ${fieldErrors[id]}
        </p>`
      : nothing;

  const draw = () =>
    render(
      html`
        <main id="main" class="signin" tabindex="-1">
          <h1>Sign in to Beacon</h1>
          <p class="lead">Safeguarding and e-safety procedures for your school.</p>
          ${
            options.message && !problem
              ? html`<div class="notice" role="status" id="signin-message">${options.message}</div>`
              : nothing
          }
          ${
            problem
              ? html`<div class="error-summary" role="alert" id="signin-problem" tabindex="-1">
                  <h2>Not signed in</h2>
                  <p>${problem}</p>
                </div>`
              : nothing
          }
          ${
            !codeStep && singleSignOn?.enabled && singleSignOn.start
              ? html`<div class="actions single-sign-on">
                    <a class="button primary" id="signin-sso" href=${'/' + singleSignOn.start}
                      >Sign in with ${singleSignOn.name}</a
                    >
                  </div>
                  <p class="lead">Or sign in with your Beacon username and password:</p>`
              : nothing
          }
          ${codeStep ? codeForm() : nothing}
          <form
            novalidate
            ?hidden=${codeStep}
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
              <button type="submit" class="primary" ?disabled=${busy}>
                ${busy ? 'Signing in…' : 'Sign in'}
              </button>
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
