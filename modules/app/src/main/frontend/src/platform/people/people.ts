// The people directory, for administrators: who can sign in, with what roles; add someone, change
// their roles and aliases, disable a leaver, hand out a temporary password (shown once), and import
// the school's staff file after a dry run shows what it would do.

import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { ApiError } from '../http';
import { type StaffImportResult, type UserAccount, users } from './api';
import { focusSoon, type Context, type View } from '../../shell/app';
import { fieldError, load, loaded, type Load } from '../../shell/common';
import {
  changesOf,
  draftOf,
  importProblems,
  importSummary,
  newPersonBody,
  ROLES,
  type PersonDraft,
} from './directory';

const roleLabel = (id: string) => ROLES.find((r) => r.id === id)?.label ?? id;

/** A server field path ("aliases[2]") is shown beside its control ("aliases"). */
function placed(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, problem] of Object.entries(fields)) {
    const name = path.replace(/\[\d+\]$/, '');
    out[name] = out[name] ? `${out[name]}; ${problem}` : problem;
  }
  return out;
}

export function peopleView(ctx: Context): View {
  let disposed = false;
  const alive = () => !disposed;
  const filter = { role: '', enabled: 'true', search: '' };
  const list: Load<UserAccount[]> = {};
  const reload = () => {
    const query = new URLSearchParams();
    if (filter.role) query.set('role', filter.role);
    if (filter.enabled) query.set('enabled', filter.enabled);
    if (filter.search.trim()) query.set('search', filter.search.trim());
    return load(ctx, list, () => users.list(query), 'the people directory', alive);
  };
  void reload();

  // The person being added (before undefined) or changed.
  let editing: { before?: UserAccount; draft: PersonDraft } | undefined;
  let errors: Record<string, string> = {};
  let problem: string | undefined;
  let busy = false;
  let shown: TemplateResult | undefined;

  // The staff file: previewed, then applied.
  let file: File | undefined;
  let preview: StaffImportResult | undefined;
  let importErrors: string[] = [];
  let importing = false;

  const edit = (before?: UserAccount) => {
    editing = { before, draft: draftOf(before) };
    errors = {};
    problem = undefined;
    shown = undefined;
    ctx.update();
    focusSoon('#person-form h2');
  };

  async function save(): Promise<void> {
    if (!editing || busy) return;
    busy = true;
    errors = {};
    problem = undefined;
    ctx.update();
    try {
      if (editing.before) {
        const patch = changesOf(editing.before, editing.draft);
        const after =
          Object.keys(patch).length === 0
            ? editing.before
            : await users.update(editing.before.username, patch);
        shown = html`<p>
          ${after.displayName} (${after.username}) is
          saved${after.enabled ? '' : ': disabled, they cannot sign in'}.
        </p>`;
      } else {
        const created = await users.create(newPersonBody(editing.draft));
        shown = temporaryNotice(created.user, created.temporaryPassword, 'added');
      }
      editing = undefined;
      void reload();
      focusSoon('#people-outcome');
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      problem = e instanceof ApiError ? e.message : String(e);
      errors = e instanceof ApiError ? placed(e.fields) : {};
      focusSoon('#person-problem');
    } finally {
      busy = false;
      ctx.update();
    }
  }

  async function reset(user: UserAccount): Promise<void> {
    if (
      busy ||
      !window.confirm(
        `Give ${user.displayName} a new temporary password? Their current password stops working.`,
      )
    )
      return;
    busy = true;
    ctx.update();
    try {
      const { temporaryPassword } = await users.resetPassword(user.username);
      shown = temporaryNotice(user, temporaryPassword, 'reset');
      editing = undefined;
      void reload();
      focusSoon('#people-outcome');
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      problem = e instanceof ApiError ? e.message : String(e);
    } finally {
      busy = false;
      ctx.update();
    }
  }

  async function runImport(dryRun: boolean): Promise<void> {
    if (!file || importing) return;
    importing = true;
    importErrors = [];
    ctx.update();
    try {
      const result = await users.importStaff(file, dryRun);
      preview = result;
      if (!dryRun) {
        file = undefined;
        void reload();
      }
      ctx.announce(importSummary(result));
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      preview = undefined;
      importErrors = e instanceof ApiError ? [e.message, ...importProblems(e.fields)] : [String(e)];
      focusSoon('#import-problem');
    } finally {
      importing = false;
      ctx.update();
    }
  }

  const temporaryNotice = (user: UserAccount, password: string, what: 'added' | 'reset') =>
    html` <p>
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

  const personForm = () => {
    if (!editing) return nothing;
    const d = editing.draft;
    const set = (patch: Partial<PersonDraft>) => {
      editing = { ...editing!, draft: { ...d, ...patch } };
      ctx.update();
    };
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
          void save();
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
          ${editing.before ? html`<button type="button" class="secondary" ?disabled=${busy} @click=${() => void reset(editing!.before!)}>Reset password</button>` : nothing}
          <button
            type="button"
            class="link-button"
            @click=${() => {
              editing = undefined;
              ctx.update();
            }}
          >
            Cancel
          </button>
        </div>
      </form>
    </section>`;
  };

  const importPanel = () =>
    html`<section class="panel" aria-labelledby="import-title">
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
          @change=${(e: Event) => {
            file = (e.target as HTMLInputElement).files?.[0];
            preview = undefined;
            importErrors = [];
            ctx.update();
          }}
        />
      </div>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          ?disabled=${!file || importing}
          @click=${() => void runImport(true)}
        >
          Preview (dry run)
        </button>
        <button
          type="button"
          class="primary"
          ?disabled=${!file || importing || !preview?.dryRun}
          @click=${() => void runImport(false)}
        >
          Import
        </button>
      </div>
      ${
        importErrors.length
          ? html`<div class="error-summary" role="alert" id="import-problem" tabindex="-1">
              <ul>
                ${importErrors.map((p) => html`<li>${p}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        preview
          ? html`<div
              class="notice ${preview.dryRun ? '' : 'success'}"
              role="status"
              id="import-result"
            >
              <p>
                <strong>${preview.dryRun ? 'Dry run: nothing changed yet.' : 'Imported.'}</strong>
                ${importSummary(preview)}.
              </p>
              ${
                preview.added.length
                  ? html`<h3>${preview.dryRun ? 'To add' : 'Added'}</h3>
                      <ul>
                        ${preview.added.map((a) => html`<li>${a.displayName} (${a.username}): ${a.roles.map(roleLabel).join(', ')}</li>`)}
                      </ul>`
                  : nothing
              }
              ${
                preview.changed.length
                  ? html`<h3>${preview.dryRun ? 'To change' : 'Changed'}</h3>
                      <ul>
                        ${preview.changed.map((c) => html`<li>${c.displayName} (${c.username}): ${c.fields.join(', ')}</li>`)}
                      </ul>`
                  : nothing
              }
              ${
                preview.missing.length
                  ? html`<h3>In Beacon but not in the file (left as they are)</h3>
                      <p>${preview.missing.join(', ')}</p>`
                  : nothing
              }
              ${preview.dryRun ? nothing : html`<p>People added by an import sign in once you reset their password and give them the temporary one.</p>`}
            </div>`
          : nothing
      }
    </section>`;

  const filters = () =>
    html`<form
      class="filters"
      role="search"
      @submit=${(e: Event) => {
        e.preventDefault();
        void reload();
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
            void reload();
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
            void reload();
          }}
        >
          <option value="true" ?selected=${filter.enabled === 'true'}>Can sign in</option>
          <option value="false" ?selected=${filter.enabled === 'false'}>Disabled</option>
          <option value="" ?selected=${filter.enabled === ''}>Everyone</option>
        </select>
      </div>
      <div class="actions"><button type="submit" class="secondary">Search</button></div>
    </form>`;

  return {
    title: () => 'People',
    render: () => html`
      ${shown ? html`<div class="notice success" id="people-outcome" tabindex="-1" role="status">${shown}</div>` : nothing}
      <p><button type="button" class="primary" @click=${() => edit()}>Add a person</button></p>
      ${personForm()} ${filters()}
      ${loaded(list, (items) =>
        items.length === 0
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
            </div>`,
      )}
      ${importPanel()}
    `,
    dispose: () => {
      disposed = true;
    },
  };
}
