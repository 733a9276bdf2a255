// The pupil register, for the DSL and the head: search it (every field, dates included), and
// import the school's MIS export after a dry run shows what it would add, change and leave alone.

import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { ApiError } from '../http';
import { type PupilImportResult, pupils, type RegisteredPupil } from './api';
import { focusSoon, type Context, type View } from '../../shell/app';
import { importProblems } from '../people/directory';
import { fieldLabel, pupilImportSummary, schoolDate } from './register';
import { load, loaded, type Load } from '../../shell/common';

export function pupilsView(ctx: Context): View {
  let disposed = false;
  const alive = () => !disposed;
  let search = '';
  const list: Load<RegisteredPupil[]> = {};
  const reload = () =>
    load(ctx, list, () => pupils.search(search.trim()), 'the pupil register', alive);
  void reload();

  let file: File | undefined;
  let preview: PupilImportResult | undefined;
  let importErrors: string[] = [];
  let importing = false;

  async function runImport(dryRun: boolean): Promise<void> {
    if (!file || importing) return;
    importing = true;
    importErrors = [];
    ctx.update();
    try {
      preview = await pupils.importRegister(file, dryRun);
      if (!dryRun) {
        file = undefined;
        void reload();
      }
      ctx.announce(pupilImportSummary(preview));
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      preview = undefined;
      importErrors = e instanceof ApiError ? [e.message, ...importProblems(e.fields)] : [String(e)];
      focusSoon('#pupil-import-problem');
    } finally {
      importing = false;
      ctx.update();
    }
  }

  const importPanel = () =>
    html`<section class="panel" aria-labelledby="pupil-import-title">
      <h2 id="pupil-import-title">Import the register</h2>
      <p class="hint" id="pupil-import-hint">
        CSV in UTF-8 from your MIS with a header row: reference, yearGroup, dateOfBirth, leavingDate
        (UPN or admission number; N, R or 1 to 13; dates as 2014-09-01 or 01/09/2014). No names: a
        file with a name column is refused. Nobody is removed: pupils on roll who are not in the
        file are only listed. A file with a bad row changes nothing.
      </p>
      <div class="field">
        <label for="pupil-import-file">Register file</label>
        <input
          id="pupil-import-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="pupil-import-hint"
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
          ? html`<div class="error-summary" role="alert" id="pupil-import-problem" tabindex="-1">
              <ul>
                ${importErrors.map((p) => html`<li>${p}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${renderImportResult(preview)}
    </section>`;

  return {
    title: () => 'Pupil register',
    render: () => html`
      <form
        class="filters"
        role="search"
        @submit=${(e: Event) => {
          e.preventDefault();
          void reload();
        }}
      >
        <div class="field">
          <label for="pupil-search">Reference or year group</label>
          <input
            id="pupil-search"
            type="search"
            autocapitalize="characters"
            .value=${live(search)}
            @input=${(e: Event) => (search = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="actions"><button type="submit" class="secondary">Search</button></div>
      </form>
      ${loaded(list, (items) =>
        items.length === 0
          ? html`<p class="empty">No pupil matches. Import the register from your MIS below.</p>`
          : html`<div class="table-scroll">
              <table>
                <caption class="visually-hidden">
                  Pupils in the register (at most 100 shown: search to narrow)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Reference</th>
                    <th scope="col">Year group</th>
                    <th scope="col">Date of birth</th>
                    <th scope="col">Leaving date</th>
                    <th scope="col">On roll</th>
                  </tr>
                </thead>
                <tbody>
                  ${items.map(
                    (p) =>
                      html`<tr>
                        <th scope="row">${p.reference}</th>
                        <td>${p.yearGroup}</td>
                        <td>${schoolDate(p.dateOfBirth)}</td>
                        <td>${schoolDate(p.leavingDate)}</td>
                        <td>${p.left ? 'Left' : 'Yes'}</td>
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

/** What an import (or its dry run) did or would do. */
function renderImportResult(preview: PupilImportResult | undefined): TemplateResult {
  return html`
    ${
      preview
        ? html`<div
            class="notice ${preview.dryRun ? '' : 'success'}"
            role="status"
            id="pupil-import-result"
          >
            <p>
              <strong>${preview.dryRun ? 'Dry run: nothing changed yet.' : 'Imported.'}</strong>
              ${pupilImportSummary(preview)}.
            </p>
            ${
              preview.added.length
                ? html`<h3>${preview.dryRun ? 'To add' : 'Added'}</h3>
                    <ul>
                      ${preview.added.map((p) => html`<li>${p.reference}: ${p.yearGroup}</li>`)}
                    </ul>`
                : nothing
            }
            ${
              preview.changed.length
                ? html`<h3>${preview.dryRun ? 'To change' : 'Changed'}</h3>
                    <ul>
                      ${preview.changed.map((c) => html`<li>${c.reference}: ${c.fields.map(fieldLabel).join(', ')}</li>`)}
                    </ul>`
                : nothing
            }
            ${
              preview.missing.length
                ? html`<h3>On roll in the register but not in the file (left as they are)</h3>
                    <p>${preview.missing.join(', ')}</p>`
                : nothing
            }
          </div>`
        : nothing
    }
  `;
}
