// The people directory, for administrators: who can sign in, with what roles; add someone, change
// their roles and aliases, disable a leaver, hand out a temporary password (shown once), and import
// the school's staff file after a dry run shows what it would do.

import { html, nothing, type TemplateResult } from 'lit-html';
import { ApiError } from '../http';
import { type StaffImportResult, type UserAccount, users } from './api';
import { focusSoon, type Context, type View } from '../../shell/app';
import { load, loaded, type Load } from '../../shell/common';
import {
  changesOf,
  draftOf,
  importProblems,
  importSummary,
  newPersonBody,
  type PersonDraft,
} from './directory';
import {
  importPanel,
  peopleFilters,
  peopleTable,
  personFormPanel,
  savedNotice,
  temporaryNotice,
} from './peopleParts';

/** A server field path ("aliases[2]") is shown beside its control ("aliases"). */
function placed(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, problem] of Object.entries(fields)) {
    const name = path.replace(/\[\d+\]$/, '');
    out[name] = out[name] ? `${out[name]}; ${problem}` : problem;
  }
  return out;
}

/** The directory's filters as a query. */
function directoryQuery(filter: {
  role: string;
  enabled: string;
  search: string;
}): URLSearchParams {
  const query = new URLSearchParams();
  if (filter.role) query.set('role', filter.role);
  if (filter.enabled) query.set('enabled', filter.enabled);
  if (filter.search.trim()) query.set('search', filter.search.trim());
  return query;
}

export function peopleView(ctx: Context): View {
  let disposed = false;
  const alive = () => !disposed;
  const filter = { role: '', enabled: 'true', search: '' };
  const list: Load<UserAccount[]> = {};
  const reload = () => {
    return load(ctx, list, () => users.list(directoryQuery(filter)), 'the people directory', alive);
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
        shown = savedNotice(after);
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

  const personForm = () =>
    editing
      ? personFormPanel({
          editing,
          errors,
          problem,
          busy,
          set: (patch) => {
            editing = { ...editing!, draft: { ...editing!.draft, ...patch } };
            ctx.update();
          },
          save: () => void save(),
          reset: (user) => void reset(user),
          cancel: () => {
            editing = undefined;
            ctx.update();
          },
        })
      : nothing;

  return {
    title: () => 'People',
    render: () => html`
      ${shown ? html`<div class="notice success" id="people-outcome" tabindex="-1" role="status">${shown}</div>` : nothing}
      <p><button type="button" class="primary" @click=${() => edit()}>Add a person</button></p>
      ${personForm()} ${peopleFilters(filter, () => void reload())}
      ${loaded(list, (items) => peopleTable(items, edit))}
      ${importPanel({
        file,
        preview,
        importErrors,
        importing,
        choose: (chosen) => {
          file = chosen;
          preview = undefined;
          importErrors = [];
          ctx.update();
        },
        run: (dryRun) => void runImport(dryRun),
      })}
    `,
    dispose: () => {
      disposed = true;
    },
  };
}
