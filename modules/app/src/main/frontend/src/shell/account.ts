// "My account" for everyone: name, e-mail, a new password (proving the current one), two-factor
// sign-in and personal API tokens. The same
// password form is the whole page when the server says a new password must be chosen first.

import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { ApiError } from '../platform/http';
import { type UserAccount, users } from '../platform/people/api';
import { focusSoon, type Context, type View } from './app';
import { fieldError, load, loaded, type Load } from './common';
import { MIN_PASSWORD_LENGTH, newPasswordProblems } from '../platform/people/directory';
import { alertSettingsPanel } from '../platform/alerts/alertSettings';
import { tokensSection, twoFactorSection } from './twoFactor';

interface PasswordForm {
  render(): TemplateResult;
}

/** The change-password form; {@code done} runs once the server accepted the new password. */
function passwordForm(ctx: Context, done: () => void): PasswordForm {
  const values = { oldPassword: '', newPassword: '', repeated: '' };
  let errors: Record<string, string> = {};
  let problem: string | undefined;
  let busy = false;

  async function submit(): Promise<void> {
    if (busy) return;
    errors = newPasswordProblems(values.oldPassword, values.newPassword, values.repeated);
    problem = undefined;
    if (Object.keys(errors).length > 0) {
      ctx.update();
      focusSoon('#password-problem');
      return;
    }
    busy = true;
    ctx.update();
    try {
      await users.changePassword(values.oldPassword, values.newPassword);
      values.oldPassword = values.newPassword = values.repeated = '';
      done();
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      problem = e instanceof ApiError ? e.message : String(e);
      errors =
        e instanceof ApiError
          ? Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, sentenceOf(k, v)]))
          : {};
      focusSoon('#password-problem');
    } finally {
      busy = false;
      ctx.update();
    }
  }

  const input = (name: keyof typeof values, label: string, autocomplete: string, hint?: string) =>
    html` <div class="field ${errors[name] ? 'has-error' : ''}">
      <label for=${`pw-${name}`}>${label}</label>
      ${hint ? html`<p class="hint" id=${`pw-${name}-hint`}>${hint}</p>` : nothing}
      ${fieldError(`pw-${name}`, errors[name])}
      <input
        id=${`pw-${name}`}
        type="password"
        autocomplete=${autocomplete}
        aria-required="true"
        aria-invalid=${errors[name] ? 'true' : 'false'}
        aria-describedby=${[hint ? `pw-${name}-hint` : '', errors[name] ? `pw-${name}-error` : ''].join(' ').trim() || nothing}
        .value=${live(values[name])}
        @input=${(e: Event) => (values[name] = (e.target as HTMLInputElement).value)}
      />
    </div>`;

  return {
    render: () =>
      html` ${
          problem || Object.keys(errors).length
            ? html`<div class="error-summary" role="alert" id="password-problem" tabindex="-1">
                <h2>The password was not changed</h2>
                <ul>
                  ${Object.values(errors).map((e) => html`<li>${e}</li>`)}${Object.keys(errors).length ? nothing : html`<li>${problem}</li>`}
                </ul>
              </div>`
            : nothing
        }
        <form
          id="password-form"
          novalidate
          @submit=${(e: Event) => {
            e.preventDefault();
            void submit();
          }}
        >
          ${input('oldPassword', 'Current password', 'current-password', 'After a reset: the temporary password you were given.')}
          ${input('newPassword', 'New password', 'new-password', `At least ${MIN_PASSWORD_LENGTH} characters. A few words you will remember make a good one.`)}
          ${input('repeated', 'New password again', 'new-password')}
          <div class="actions">
            <button type="submit" class="primary" ?disabled=${busy}>
              ${busy ? 'Saving…' : 'Change password'}
            </button>
          </div>
        </form>`,
  };
}

const LABELS: Record<string, string> = {
  oldPassword: 'Current password',
  newPassword: 'New password',
  displayName: 'Name',
  email: 'E-mail',
};
const sentenceOf = (field: string, problem: string) =>
  /^[a-z]/.test(problem) ? `${LABELS[field] ?? field} ${problem}` : problem;

export function accountView(ctx: Context): View {
  let disposed = false;
  const me: Load<UserAccount> = {};
  void load(
    ctx,
    me,
    () => users.me(),
    'your account',
    () => !disposed,
  );
  const details = { displayName: '', email: '' };
  let loadedFor: UserAccount | undefined;
  let errors: Record<string, string> = {};
  let saved: string | undefined;
  let busy = false;
  const secondFactor = twoFactorSection(ctx, () => !disposed);
  const tokens = tokensSection(ctx, () => !disposed);
  const password = passwordForm(ctx, () => {
    saved = 'Your password is changed.';
    focusSoon('#account-saved');
  });
  const alerts = alertSettingsPanel(() => {
    if (!disposed) ctx.update();
  });

  async function saveDetails(): Promise<void> {
    if (busy) return;
    busy = true;
    errors = {};
    saved = undefined;
    ctx.update();
    try {
      me.value = await users.updateMe({
        displayName: details.displayName.trim(),
        email: details.email.trim() || null,
      });
      loadedFor = undefined;
      saved = 'Your name and e-mail are saved.';
      focusSoon('#account-saved');
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      errors =
        e instanceof ApiError && Object.keys(e.fields).length
          ? Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, sentenceOf(k, v)]))
          : { displayName: String(e instanceof Error ? e.message : e) };
    } finally {
      busy = false;
      ctx.update();
    }
  }

  return {
    title: () => 'My account',
    render: () =>
      html` ${saved ? html`<div class="notice success" id="account-saved" tabindex="-1" role="status">${saved}</div>` : nothing}
        ${loaded(me, (user) => {
          if (loadedFor !== user) {
            loadedFor = user;
            details.displayName = user.displayName;
            details.email = user.email ?? '';
          }
          return html`<section class="panel" aria-labelledby="details-title">
            <h2 id="details-title">Name and e-mail</h2>
            <p>
              Username: <strong>${user.username}</strong>. Roles: ${user.roles.join(', ')} (an
              administrator changes these).
            </p>
            <form
              novalidate
              @submit=${(e: Event) => {
                e.preventDefault();
                void saveDetails();
              }}
            >
              ${(['displayName', 'email'] as const).map(
                (name) =>
                  html`<div class="field ${errors[name] ? 'has-error' : ''}">
                    <label for=${`me-${name}`}>${LABELS[name]}</label>
                    ${fieldError(`me-${name}`, errors[name])}
                    <input
                      id=${`me-${name}`}
                      type=${name === 'email' ? 'email' : 'text'}
                      autocomplete=${name === 'email' ? 'email' : 'name'}
                      aria-invalid=${errors[name] ? 'true' : 'false'}
                      aria-describedby=${errors[name] ? `me-${name}-error` : nothing}
                      .value=${live(details[name])}
                      @input=${(e: Event) => (details[name] = (e.target as HTMLInputElement).value)}
                    />
                  </div>`,
              )}
              <div class="actions">
                <button type="submit" class="primary" ?disabled=${busy}>
                  ${busy ? 'Saving…' : 'Save'}
                </button>
              </div>
            </form>
          </section>`;
        })}
        <section class="panel" aria-labelledby="password-title">
          <h2 id="password-title">Password</h2>
          ${password.render()}
        </section>
        ${secondFactor.render()} ${tokens.render()} ${alerts.render()}`,
    dispose: () => {
      disposed = true;
    },
  };
}

/** The whole page while the server refuses everything else until a new password is chosen. */
export function choosePasswordView(ctx: Context, done: () => void): View {
  const password = passwordForm(ctx, done);
  return {
    title: () => 'Choose a new password',
    render: () =>
      html` <p class="lead">
          Your password was set by an administrator. Choose your own before carrying on; nothing
          else works until you do.
        </p>
        ${password.render()}`,
  };
}
