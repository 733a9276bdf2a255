// The people directory's parts: the staff file import, the search filters and the table of people.

import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { StaffImportResult, UserAccount } from './api';
import { fieldError } from '../../shell/common';
import { importSummary, ROLES, type PersonDraft } from './directory';

export const roleLabel = (id: string) => ROLES.find((r) => r.id === id)?.label ?? id;

/** The staff file: chosen, previewed by a dry run, then imported. */
export interface ImportState {
  file?: File;
  preview?: StaffImportResult;
  importErrors: string[];
  importing: boolean;
  choose: (file: File | undefined) => void;
  run: (dryRun: boolean) => void;
}

export function importPanel(st: ImportState): TemplateResult {
  return html`<section class="panel" aria-labelledby="import-title">
    <h2 id="import-title">Import the staff file</h2>
    <p class="hint" id="import-hint">
      CSV in UTF-8 with a header row: username, displayName, email, roles, aliases (roles and
      aliases separated by ;). Nobody is removed: people not in the file are only listed. A file
      with a bad row changes nothing.
    </p>
    <div class="field">
      <label for="import-file">Staff file</label>
      <input
        id="import-file"
        type="file"
        accept=".csv,text/csv"
        aria-describedby="import-hint"
        @change=${(e: Event) => st.choose((e.target as HTMLInputElement).files?.[0])}
      />
    </div>
    <div class="actions">
      <button
        type="button"
        class="secondary"
        ?disabled=${!st.file || st.importing}
        @click=${() => st.run(true)}
      >
        Preview (dry run)
      </button>
      <button
        type="button"
        class="primary"
        ?disabled=${!st.file || st.importing || !st.preview?.dryRun}
        @click=${() => st.run(false)}
      >
        Import
      </button>
    </div>
    ${
      st.importErrors.length
        ? html`<div class="error-summary" role="alert" id="import-problem" tabindex="-1">
            <ul>
              ${st.importErrors.map((p) => html`<li>${p}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    ${
      st.preview
        ? html`<div
            class="notice ${st.preview.dryRun ? '' : 'success'}"
            role="status"
            id="import-result"
          >
            <p>
              <strong>${st.preview.dryRun ? 'Dry run: nothing changed yet.' : 'Imported.'}</strong>
              ${importSummary(st.preview)}.
            </p>
            ${
              st.preview.added.length
                ? html`<h3>${st.preview.dryRun ? 'To add' : 'Added'}</h3>
                    <ul>
                      ${st.preview.added.map((a) => html`<li>${a.displayName} (${a.username}): ${a.roles.map(roleLabel).join(', ')}</li>`)}
                    </ul>`
                : nothing
            }
            ${
              st.preview.changed.length
                ? html`<h3>${st.preview.dryRun ? 'To change' : 'Changed'}</h3>
                    <ul>
                      ${st.preview.changed.map((c) => html`<li>${c.displayName} (${c.username}): ${c.fields.join(', ')}</li>`)}
                    </ul>`
                : nothing
            }
            ${
              st.preview.missing.length
                ? html`<h3>In Beacon but not in the file (left as they are)</h3>
                    <p>${st.preview.missing.join(', ')}</p>`
                : nothing
            }
            ${st.preview.dryRun ? nothing : html`<p>People added by an import sign in once you reset their password and give them the temporary one.</p>`}
          </div>`
        : nothing
    }
  </section>`;
}

/** Who the directory lists: by text, role and whether they can sign in. */
export function peopleFilters(
  filter: { role: string; enabled: string; search: string },
  reload: () => void,
): TemplateResult {
  return html`<form
    class="filters"
    role="search"
    @submit=${(e: Event) => {
      e.preventDefault();
      reload();
    }}
  >
    <div class="field">
      <label for="people-search">Name, username, e-mail or alias</label>
      <input
        id="people-search"
        type="search"
        .value=${live(filter.search)}
        @input=${(e: Event) => (filter.search = (e.target as HTMLInputElement).value)}
      />
    </div>
    <div class="field">
      <label for="people-role">Role</label>
      <select
        id="people-role"
        @change=${(e: Event) => {
          filter.role = (e.target as HTMLSelectElement).value;
          reload();
        }}
      >
        <option value="" ?selected=${filter.role === ''}>Any role</option>
        ${ROLES.map((r) => html`<option value=${r.id} ?selected=${filter.role === r.id}>${r.label}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="people-enabled">Who</label>
      <select
        id="people-enabled"
        @change=${(e: Event) => {
          filter.enabled = (e.target as HTMLSelectElement).value;
          reload();
        }}
      >
        <option value="true" ?selected=${filter.enabled === 'true'}>Can sign in</option>
        <option value="false" ?selected=${filter.enabled === 'false'}>Disabled</option>
        <option value="" ?selected=${filter.enabled === ''}>Everyone</option>
      </select>
    </div>
    <div class="actions"><button type="submit" class="secondary">Search</button></div>
  </form>`;
}

/** The people found, each with a button to change them. */
export function peopleTable(items: UserAccount[], edit: (u: UserAccount) => void): TemplateResult {
  return items.length === 0
    ? html`<p class="empty">Nobody matches.</p>`
    : html`<div class="table-scroll">
        <table>
          <caption class="visually-hidden">
            People in Beacon
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Username</th>
              <th scope="col">Roles</th>
              <th scope="col">Status</th>
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            ${items.map(
              (u) =>
                html`<tr>
                  <th scope="row">${u.displayName}</th>
                  <td>${u.username}</td>
                  <td>${u.roles.map(roleLabel).join(', ')}</td>
                  <td>
                    ${u.enabled ? (u.mustChangePassword ? 'Must choose a password' : 'Can sign in') : 'Disabled'}
                  </td>
                  <td>
                    <button type="button" class="link-button" @click=${() => edit(u)}>
                      Change<span class="visually-hidden"> ${u.displayName}</span>
                    </button>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
}

/** The person being added (before undefined) or changed, and what the form can do. */
export interface PersonFormState {
  editing: { before?: UserAccount; draft: PersonDraft };
  errors: Record<string, string>;
  problem?: string;
  busy: boolean;
  set: (patch: Partial<PersonDraft>) => void;
  save: () => void;
  reset: (user: UserAccount) => void;
  cancel: () => void;
}

/** The form adding or changing one person. */
export function personFormPanel(st: PersonFormState): TemplateResult {
  const { editing, errors, problem, busy, set } = st;
  const d = editing.draft;
  const text = (name: 'username' | 'displayName' | 'email', label: string, hint?: string) =>
    html` <div class="field ${errors[name] ? 'has-error' : ''}">
      <label for=${`p-${name}`}>${label}</label>
      ${hint ? html`<p class="hint" id=${`p-${name}-hint`}>${hint}</p>` : nothing}
      ${fieldError(`p-${name}`, errors[name] ? `${label} ${errors[name]}` : undefined)}
      <input
        id=${`p-${name}`}
        type=${name === 'email' ? 'email' : 'text'}
        autocomplete="off"
        aria-invalid=${errors[name] ? 'true' : 'false'}
        aria-describedby=${[hint ? `p-${name}-hint` : '', errors[name] ? `p-${name}-error` : ''].join(' ').trim() || nothing}
        .value=${live(d[name])}
        @input=${(e: Event) => (d[name] = (e.target as HTMLInputElement).value)}
      />
    </div>`;
  return html`<section id="person-form" class="panel">
    <h2 tabindex="-1">
      ${editing.before ? `Change ${editing.before.displayName}` : 'Add a person'}
    </h2>
    ${problem ? html`<div class="error-summary" role="alert" id="person-problem" tabindex="-1"><p>${problem}</p></div>` : nothing}
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        st.save();
      }}
    >
      ${editing.before ? html`<p>Username: <strong>${editing.before.username}</strong></p>` : text('username', 'Username', 'Lower-case letters, digits and . _ @ -; it never changes.')}
      ${text('displayName', 'Name')} ${text('email', 'E-mail (optional)')}
      <fieldset class="field ${errors.roles ? 'has-error' : ''}" id="p-roles">
        <legend>Roles</legend>
        ${fieldError('p-roles', errors.roles ? `Roles ${errors.roles}` : undefined)}
        <div class="choices">
          ${ROLES.map(
            (r) =>
              html`<div class="choice">
                <input
                  type="checkbox"
                  id=${`p-role-${r.id}`}
                  .checked=${live(d.roles.includes(r.id))}
                  @change=${(e: Event) => set({ roles: (e.target as HTMLInputElement).checked ? [...d.roles, r.id] : d.roles.filter((x) => x !== r.id) })}
                />
                <label for=${`p-role-${r.id}`}>${r.label}</label>
              </div>`,
          )}
        </div>
      </fieldset>
      <div class="field ${errors.aliases ? 'has-error' : ''}">
        <label for="p-aliases">Other names (aliases)</label>
        <p class="hint" id="p-aliases-hint">
          One per line: network accounts (SCHOOL\\jsmith), a married or short name. No two people
          may share one.
        </p>
        ${fieldError('p-aliases', errors.aliases ? `Aliases: ${errors.aliases}` : undefined)}
        <textarea
          id="p-aliases"
          rows="3"
          aria-describedby=${errors.aliases ? 'p-aliases-hint p-aliases-error' : 'p-aliases-hint'}
          .value=${live(d.aliases)}
          @input=${(e: Event) => (d.aliases = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      ${
        editing.before
          ? html`<div class="field field-checkbox ${errors.enabled ? 'has-error' : ''}">
              <input
                type="checkbox"
                id="p-enabled"
                .checked=${live(d.enabled)}
                aria-describedby="p-enabled-hint"
                @change=${(e: Event) => set({ enabled: (e.target as HTMLInputElement).checked })}
              />
              <label for="p-enabled">Can sign in</label>
              <p class="hint" id="p-enabled-hint">
                Untick for a leaver: they are signed out at their next click, and their cases keep
                their name.
              </p>
              ${fieldError('p-enabled', errors.enabled)}
            </div>`
          : nothing
      }
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${busy}>
          ${busy ? 'Saving…' : editing.before ? 'Save changes' : 'Add'}
        </button>
        ${editing.before ? html`<button type="button" class="secondary" ?disabled=${busy} @click=${() => st.reset(editing.before!)}>Reset password</button>` : nothing}
        <button type="button" class="link-button" @click=${st.cancel}>Cancel</button>
      </div>
    </form>
  </section>`;
}

/** A temporary password, shown once. */
export function temporaryNotice(
  user: UserAccount,
  password: string,
  what: 'added' | 'reset',
): TemplateResult {
  return html` <p>
      ${user.displayName} (${user.username})
      ${what === 'added' ? 'is added' : 'has a new temporary password'}.
    </p>
    <p>
      Give them this temporary password now; it is shown only once. They choose their own at their
      next sign-in.
    </p>
    <p class="temporary-password">
      <strong><code data-temporary-password>${password}</code></strong>
    </p>`;
}

/** Someone's changes, saved. */
export function savedNotice(after: UserAccount): TemplateResult {
  return html`<p>
    ${after.displayName} (${after.username}) is
    saved${after.enabled ? '' : ': disabled, they cannot sign in'}.
  </p>`;
}
