// Two-factor sign-in and personal API tokens on screen: the enrolment panel (QR code, the secret
// for typing in by hand, the first code, then the recovery codes shown once), the whole-page
// enrolment for someone who must enrol before anything else, and the tokens section of My account.

import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { ApiError } from '../platform/http';
import {
  type ApiTokenInfo,
  apiTokens,
  twoFactor,
  type TwoFactorStart,
  type TwoFactorStatus,
} from './api';
import { focusSoon, type Context, type View } from './app';
import { fieldError, load, loaded, type Load } from './common';
import { enrolmentCodeProblem, expiryText, groupedSecret, tokenProblems } from './twoFactorChecks';

export interface Panel {
  render(): TemplateResult;
}

/**
 * Enrolment in steps: start (the server makes a secret), scan and type the first code, then the
 * recovery codes, once. {@code done} runs when the person says they have kept the codes.
 */
export function enrolmentPanel(ctx: Context, done: () => void): Panel {
  let started: TwoFactorStart | undefined;
  let recoveryCodes: string[] | undefined;
  let code = '';
  let problem: string | undefined;
  let busy = false;

  async function begin(): Promise<void> {
    if (busy) return;
    busy = true;
    problem = undefined;
    ctx.update();
    try {
      started = await twoFactor.start();
      focusSoon('#tf-code');
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      problem = e instanceof Error ? e.message : String(e);
      focusSoon('#tf-problem');
    } finally {
      busy = false;
      ctx.update();
    }
  }

  async function confirm(): Promise<void> {
    if (busy) return;
    problem = enrolmentCodeProblem(code);
    if (problem) {
      ctx.update();
      focusSoon('#tf-problem');
      return;
    }
    busy = true;
    ctx.update();
    try {
      recoveryCodes = (await twoFactor.confirm(code.replace(/\s/g, ''))).recoveryCodes;
      code = '';
      ctx.announce('Two-factor sign-in is set up. Keep your recovery codes now.');
      focusSoon('#tf-recovery');
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      problem =
        e instanceof ApiError && e.fields.code
          ? e.message
          : e instanceof Error
            ? e.message
            : String(e);
      focusSoon('#tf-problem');
    } finally {
      busy = false;
      ctx.update();
    }
  }

  const problemBox = () =>
    problem
      ? html`<div class="error-summary" role="alert" id="tf-problem" tabindex="-1">
          <h2>Not set up yet</h2>
          <p>${problem}</p>
        </div>`
      : nothing;

  return {
    render: () => {
      if (recoveryCodes) {
        return html`<div id="tf-recovery" tabindex="-1">
          <div class="notice success" role="status">Two-factor sign-in is set up.</div>
          <h3>Your recovery codes</h3>
          <p>
            Each of these signs you in once if your phone is lost. Print them or keep them somewhere
            safe: <strong>they are shown only now.</strong>
          </p>
          <ol class="recovery-codes">
            ${recoveryCodes.map((c) => html`<li><code>${c}</code></li>`)}
          </ol>
          <div class="actions">
            <button type="button" class="primary" id="tf-kept" @click=${() => done()}>
              I have kept my recovery codes
            </button>
          </div>
        </div>`;
      }
      if (!started) {
        return html`${problemBox()}
          <p>
            With two-factor sign-in, your password alone is not enough: you also type a code from an
            authenticator app on your phone (for example Microsoft Authenticator, Google
            Authenticator or FreeOTP).
          </p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              id="tf-start"
              ?disabled=${busy}
              @click=${() => void begin()}
            >
              ${busy ? 'Starting…' : 'Set up two-factor sign-in'}
            </button>
          </div>`;
      }
      return html`${problemBox()}
        <ol class="steps">
          <li>
            <p>Scan this QR code with your authenticator app.</p>
            <img
              class="qr-code"
              id="tf-qr"
              src=${started.qrCode}
              width="200"
              height="200"
              alt="QR code for setting up Beacon in an authenticator app"
            />
            <p>
              Cannot scan it? Add an account by hand with this key (time-based):
              <code id="tf-secret">${groupedSecret(started.secret)}</code>
            </p>
          </li>
          <li>
            <form
              novalidate
              @submit=${(e: Event) => {
                e.preventDefault();
                void confirm();
              }}
            >
              <div class="field ${problem ? 'has-error' : ''}">
                <label for="tf-code">The six-digit code the app shows</label>
                ${fieldError('tf-code', problem)}
                <input
                  id="tf-code"
                  name="code"
                  inputmode="numeric"
                  autocomplete="one-time-code"
                  maxlength="7"
                  aria-required="true"
                  aria-invalid=${problem ? 'true' : 'false'}
                  aria-describedby=${problem ? 'tf-code-error' : nothing}
                  .value=${live(code)}
                  @input=${(e: Event) => (code = (e.target as HTMLInputElement).value)}
                />
              </div>
              <div class="actions">
                <button type="submit" class="primary" ?disabled=${busy}>
                  ${busy ? 'Checking…' : 'Confirm'}
                </button>
              </div>
            </form>
          </li>
        </ol>`;
    },
  };
}

/** The whole page while the server refuses everything else until the person enrols. */
export function enrolTwoFactorView(ctx: Context, done: () => void): View {
  const panel = enrolmentPanel(ctx, done);
  return {
    title: () => 'Set up two-factor sign-in',
    render: () =>
      html` <p class="lead">
          Your role in Beacon needs two-factor sign-in. Set it up now; nothing else works until you
          do.
        </p>
        ${panel.render()}`,
  };
}

/** My account's two-factor section: where one stands, and enrolment for those not enrolled. */
export function twoFactorSection(ctx: Context, alive: () => boolean): Panel {
  const status: Load<TwoFactorStatus> = {};
  const reload = () =>
    load(ctx, status, () => twoFactor.status(), 'your two-factor sign-in', alive);
  void reload();
  const panel = enrolmentPanel(ctx, () => void reload());
  return {
    render: () =>
      html`<section class="panel" aria-labelledby="tf-title">
        <h2 id="tf-title">Two-factor sign-in</h2>
        ${loaded(status, (s) =>
          s.enrolled
            ? html`<p>
                Two-factor sign-in is on: you sign in with your password and a code from your app.
                Recovery codes left: <strong>${s.recoveryCodesLeft}</strong>. Lost your phone? An
                administrator can reset it.
              </p>`
            : html`${s.required ? html`<p><strong>Your role needs two-factor sign-in.</strong></p>` : nothing}${panel.render()}`,
        )}
      </section>`,
  };
}

/** My account's personal API tokens: make one (shown once), list them, revoke one. */
export function tokensSection(ctx: Context, alive: () => boolean): Panel {
  const tokens: Load<ApiTokenInfo[]> = {};
  const reload = () => load(ctx, tokens, () => apiTokens.list(), 'your API tokens', alive);
  void reload();
  const draft = { name: '', days: '90' };
  let errors: Record<string, string> = {};
  let made: { name: string; token: string } | undefined;
  let busy = false;

  async function create(): Promise<void> {
    if (busy) return;
    errors = tokenProblems(draft.name, draft.days);
    made = undefined;
    if (Object.keys(errors).length) {
      ctx.update();
      focusSoon('#token-problem');
      return;
    }
    busy = true;
    ctx.update();
    try {
      const answer = await apiTokens.create(draft.name.trim(), Number(draft.days));
      made = { name: answer.details.name, token: answer.token };
      draft.name = '';
      await reload();
      focusSoon('#token-made');
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      errors =
        e instanceof ApiError && Object.keys(e.fields).length
          ? { ...e.fields }
          : { name: String(e instanceof Error ? e.message : e) };
      focusSoon('#token-problem');
    } finally {
      busy = false;
      ctx.update();
    }
  }

  async function revoke(token: ApiTokenInfo): Promise<void> {
    try {
      await apiTokens.revoke(token.id);
      ctx.announce(`The token "${token.name}" is revoked.`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      ctx.announce(e instanceof Error ? e.message : String(e));
    }
    await reload();
  }

  const labels: Record<string, string> = { name: 'Name', expiresInDays: 'Expires in (days)' };

  return {
    render: () =>
      html`<section class="panel" aria-labelledby="tokens-title">
        <h2 id="tokens-title">Personal API tokens</h2>
        <p>
          For scripts and the Camunda Modeler: send a token as
          <code>Authorization: Bearer &lt;token&gt;</code>. Where two-factor sign-in applies, a
          password alone does not work for them.
        </p>
        ${
          made
            ? html`<div class="notice success" id="token-made" tabindex="-1" role="status">
                <p>
                  Your new token "${made.name}". Copy it now:
                  <strong>it is shown only once.</strong>
                </p>
                <p><code class="token">${made.token}</code></p>
              </div>`
            : nothing
        }
        ${
          Object.keys(errors).length
            ? html`<div class="error-summary" role="alert" id="token-problem" tabindex="-1">
                <h2>No token was made</h2>
                <ul>
                  ${Object.values(errors).map((e) => html`<li>${e}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        ${loaded(tokens, (list) =>
          list.length === 0
            ? html`<p class="muted">You have no tokens.</p>`
            : html`<table class="tokens">
                <caption class="visually-hidden">
                  Your tokens
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Made</th>
                    <th scope="col">Expiry</th>
                    <th scope="col">Last used</th>
                    <th scope="col"><span class="visually-hidden">Action</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${list.map(
                    (t) =>
                      html`<tr>
                        <td>${t.name}</td>
                        <td>${new Date(t.created).toLocaleDateString()}</td>
                        <td>${expiryText(t.expires, new Date())}</td>
                        <td>${t.lastUsed ? new Date(t.lastUsed).toLocaleString() : 'never'}</td>
                        <td>
                          <button type="button" @click=${() => void revoke(t)}>
                            Revoke<span class="visually-hidden"> ${t.name}</span>
                          </button>
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>`,
        )}
        <form
          novalidate
          @submit=${(e: Event) => {
            e.preventDefault();
            void create();
          }}
        >
          ${(['name', 'expiresInDays'] as const).map((field) => {
            const key = field === 'name' ? 'name' : 'days';
            return html`<div class="field ${errors[field] ? 'has-error' : ''}">
              <label for=${`token-${field}`}>${labels[field]}</label>
              ${fieldError(`token-${field}`, errors[field])}
              <input
                id=${`token-${field}`}
                inputmode=${field === 'name' ? 'text' : 'numeric'}
                aria-invalid=${errors[field] ? 'true' : 'false'}
                aria-describedby=${errors[field] ? `token-${field}-error` : nothing}
                .value=${live(draft[key])}
                @input=${(e: Event) => (draft[key] = (e.target as HTMLInputElement).value)}
              />
            </div>`;
          })}
          <div class="actions">
            <button type="submit" ?disabled=${busy}>${busy ? 'Making…' : 'Make a token'}</button>
          </div>
        </form>
      </section>`,
  };
}
