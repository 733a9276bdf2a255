// "Searches and connections": any member of staff asks for a device search and declares a family
// or social connection with a pupil; the head and the DSL read every search, and the declarations
// about a pupil whenever a case involves that pupil. The head's decisions are tasks.

import { html, nothing } from 'lit-html';
import { ApiError } from '../platform/http';
import type { TaskPage } from '../platform/tasks/api';
import { focusSoon, type Context, type View } from '../shell/app';
import { load, loaded, type Load } from '../shell/common';
import { declarations, searchStatus, type Connection, type DeviceSearch } from './declarationsApi';

function problems(e: unknown): string[] {
  if (e instanceof ApiError) {
    return [e.message, ...Object.entries(e.fields ?? {}).map(([field, why]) => `${field} ${why}`)];
  }
  return [String(e)];
}

function problemList(id: string, list: string[]) {
  return list.length
    ? html`<div class="error-summary" role="alert" id=${id} tabindex="-1">
        <ul>
          ${list.map((p) => html`<li>${p}</li>`)}
        </ul>
      </div>`
    : nothing;
}

function input(id: string, label: string, value: string, set: (v: string) => void) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      .value=${value}
      @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

function connectionTable(rows: Connection[], withWho: boolean) {
  return rows.length
    ? html`<table>
        <thead>
          <tr>
            ${withWho ? html`<th scope="col">Member of staff</th>` : nothing}
            <th scope="col">Pupil</th>
            <th scope="col">Connection</th>
            <th scope="col">Acknowledged</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (c) =>
              html`<tr data-connection=${c.reference}>
                ${withWho ? html`<td>${c.username}</td>` : nothing}
                <td>${c.pupilReference}</td>
                <td>${c.nature}</td>
                <td>
                  ${
                    c.acknowledgedBy
                      ? html`by
                        ${c.acknowledgedBy}${c.acknowledgementNote ? html`: ${c.acknowledgementNote}` : nothing}`
                      : html`<span class="muted">Waiting for the head</span>`
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`
    : html`<p class="muted">No declarations.</p>`;
}

function searchTable(rows: DeviceSearch[]) {
  return rows.length
    ? html`<table>
        <thead>
          <tr>
            <th scope="col">Search</th>
            <th scope="col">Pupil</th>
            <th scope="col">Device</th>
            <th scope="col">Asked by</th>
            <th scope="col">Where it stands</th>
            <th scope="col">Found</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (s) =>
              html`<tr data-search=${s.reference}>
                <td>${s.reference}</td>
                <td>${s.pupilReference} <span class="muted">${s.yearGroup}</span></td>
                <td>${s.device}</td>
                <td>${s.requestedBy}</td>
                <td>${searchStatus(s)}</td>
                <td>
                  ${s.findings ?? nothing}${s.witness ? html` <span class="muted">(witness ${s.witness})</span>` : nothing}
                  ${s.incident ? html`<br /><strong>${s.incident}</strong>` : nothing}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`
    : html`<p class="muted">No device searches.</p>`;
}

/** Whose device and the grounds: the part of the search request beyond the plain inputs. */
function searchDeviceFields(search: { ownership: string; grounds: string }) {
  return html`<div class="field">
      <label for="search-ownership">Whose device</label>
      <select
        id="search-ownership"
        .value=${search.ownership}
        @change=${(e: Event) => (search.ownership = (e.target as HTMLSelectElement).value)}
      >
        <option value="personal">The pupil's own</option>
        <option value="school">The school's</option>
      </select>
    </div>
    <div class="field">
      <label for="search-grounds">Grounds for the search</label>
      <textarea
        id="search-grounds"
        .value=${search.grounds}
        @input=${(e: Event) => (search.grounds = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
}

export function declarationsView(ctx: Context): View {
  let disposed = false;
  const alive = () => !disposed;
  const roles = ctx.session.roles;
  const oversees = roles.includes('dsl') || roles.includes('head');
  const searches: Load<DeviceSearch[]> = {};
  const tasks: Load<TaskPage> = {};
  const mine: Load<Connection[]> = {};
  const forPupil: Load<Connection[]> = {};
  const reloadSearches = () =>
    load(ctx, searches, declarations.searches, 'the device searches', alive);
  const reloadMine = () => load(ctx, mine, declarations.myConnections, 'your declarations', alive);
  void reloadSearches();
  void load(ctx, tasks, declarations.searchTasks, 'your tasks', alive);
  void reloadMine();
  let search = {
    pupilReference: '',
    yearGroup: '',
    device: '',
    ownership: 'personal',
    grounds: '',
  };
  let connection = { pupilReference: '', nature: '' };
  let pupil = '';
  let searchErrors: string[] = [];
  let connectionErrors: string[] = [];

  async function requestSearch(e: Event): Promise<void> {
    e.preventDefault();
    searchErrors = [];
    try {
      const made = await declarations.requestSearch({
        ...search,
        yearGroup: search.yearGroup || undefined,
      });
      search = {
        pupilReference: '',
        yearGroup: '',
        device: '',
        ownership: 'personal',
        grounds: '',
      };
      ctx.announce(`Search ${made.reference} asked for: the head decides.`);
      await reloadSearches();
    } catch (err) {
      searchErrors = problems(err);
      focusSoon('#search-problem');
      ctx.update();
    }
  }

  async function declare(e: Event): Promise<void> {
    e.preventDefault();
    connectionErrors = [];
    try {
      await declarations.declare(connection.pupilReference, connection.nature);
      connection = { pupilReference: '', nature: '' };
      ctx.announce('Connection declared: the head acknowledges it.');
      await reloadMine();
    } catch (err) {
      connectionErrors = problems(err);
      focusSoon('#connection-problem');
      ctx.update();
    }
  }

  return {
    title: () => 'Searches and connections',
    dispose: () => (disposed = true),
    render: () =>
      html` <section class="panel" aria-labelledby="device-searches">
          <h2 id="device-searches">Device searches</h2>
          <p>
            Only the head, or a member of staff the head authorises, searches a pupil's device, with
            a witness. Ask here; the head decides, and you record the search and what became of the
            device from your tasks.
          </p>
          ${loaded(tasks, (page) =>
            page.items.length
              ? html`<h3>Your steps to take</h3>
                  <ul>
                    ${page.items.map(
                      (t) =>
                        html`<li>
                          <a href=${`#/tasks/${encodeURIComponent(t.id)}`}>${t.name}</a>
                        </li>`,
                    )}
                  </ul>`
              : html``,
          )}
          ${loaded(searches, searchTable)}
          <form @submit=${(e: Event) => void requestSearch(e)}>
            <h3>Ask for a search</h3>
            ${problemList('search-problem', searchErrors)}
            ${input('search-pupil', 'Pupil reference', search.pupilReference, (v) => (search.pupilReference = v))}
            ${input('search-year', 'Year group (if the register does not hold the pupil yet)', search.yearGroup, (v) => (search.yearGroup = v))}
            ${input('search-device', 'Device', search.device, (v) => (search.device = v))}
            ${searchDeviceFields(search)}
            <div class="actions">
              <button type="submit" class="primary">Ask for a search</button>
            </div>
          </form>
        </section>
        <section class="panel" aria-labelledby="connections">
          <h2 id="connections">Declared connections</h2>
          <p>
            Declare any family or social connection with a pupil or a pupil's family. The head
            acknowledges it; the DSL sees it whenever a case involves the pupil.
          </p>
          <h3>Yours</h3>
          ${loaded(mine, (rows) => connectionTable(rows, false))}
          <form @submit=${(e: Event) => void declare(e)}>
            <h3>Declare a connection</h3>
            ${problemList('connection-problem', connectionErrors)}
            ${input('connection-pupil', 'Pupil reference', connection.pupilReference, (v) => (connection.pupilReference = v))}
            ${input('connection-nature', 'The connection (e.g. aunt, neighbour, family friend)', connection.nature, (v) => (connection.nature = v))}
            <div class="actions"><button type="submit" class="primary">Declare</button></div>
          </form>
          ${
            oversees
              ? html`<form
                    class="filters"
                    role="search"
                    @submit=${(e: Event) => {
                      e.preventDefault();
                      void load(
                        ctx,
                        forPupil,
                        () => declarations.connectionsFor(pupil.trim()),
                        'the declarations',
                        alive,
                      );
                    }}
                  >
                    <h3>Everyone's declarations about a pupil</h3>
                    ${input('connection-lookup', 'Pupil reference (blank: all)', pupil, (v) => (pupil = v))}
                    <div class="actions"><button type="submit" class="secondary">Show</button></div>
                  </form>
                  ${
                    forPupil.value || forPupil.problem
                      ? loaded(forPupil, (rows) => connectionTable(rows, true))
                      : nothing
                  }`
              : nothing
          }
        </section>`,
  };
}
