// The school records' screens: "My agreements and training" for everyone, the agreements to sign
// after signing in, the photo opt-out list for staff, and the office's and the DSL's records page.

import { html, nothing } from 'lit-html';
import { ApiError } from '../platform/http';
import { focusSoon, type Context, type View } from '../shell/app';
import { load, loaded, type Load } from '../shell/common';
import {
  records,
  type Course,
  type MyAgreement,
  type MyRecords,
  type NotSignedReport,
  type OptOut,
  type TrainingGap,
} from './api';
import { gapStatus, maySkip, PHOTO_USES, useLabel, versionLine } from './signing';

const today = () => new Date().toISOString().slice(0, 10);

/** The problem of a refused form, field by field. */
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

/** The page shown after signing in while agreements wait to be signed. */
export function signAtSignInView(
  ctx: Context,
  mustSign: MyAgreement[],
  done: (skipped: boolean) => void,
): View {
  let working = false;
  let errors: string[] = [];
  async function signAll(): Promise<void> {
    working = true;
    errors = [];
    ctx.update();
    try {
      for (const agreement of mustSign) {
        await records.sign(agreement.code);
      }
      done(false);
    } catch (e) {
      errors = problems(e);
      focusSoon('#sign-problem');
    } finally {
      working = false;
      ctx.update();
    }
  }
  return {
    title: () => 'Agreements to sign',
    render: () =>
      html` <p>
          Before you use Beacon, read and sign the school's current agreements. The full text is
          under <a href="#/policies" target="_blank" rel="noopener">Policies</a>.
        </p>
        <ul class="agreements">
          ${mustSign.map((a) => html`<li data-agreement=${a.code}><strong>${a.title}</strong> <span class="muted">${versionLine(a)}</span></li>`)}
        </ul>
        ${problemList('sign-problem', errors)}
        <div class="actions">
          <button
            type="button"
            class="primary"
            id="sign-agreements"
            ?disabled=${working}
            @click=${() => void signAll()}
          >
            I have read ${mustSign.length > 1 ? 'these agreements' : 'this agreement'} and I agree
          </button>
          ${
            maySkip(mustSign)
              ? html`<button type="button" class="secondary" @click=${() => done(true)}>
                  Not now
                </button>`
              : nothing
          }
        </div>`,
  };
}

/** "My agreements and training": one's own agreements (sign the ones due) and training records. */
export function myRecordsView(ctx: Context): View {
  let disposed = false;
  const alive = () => !disposed;
  const mine: Load<MyRecords> = {};
  const courses: Load<Course[]> = {};
  const reload = () => load(ctx, mine, records.me, 'your agreements and training', alive);
  void reload();
  void load(ctx, courses, records.courses, 'the courses', alive);
  let draft = { course: '', completedOn: '', provider: '', evidence: '' };
  let errors: string[] = [];

  async function sign(code: string): Promise<void> {
    try {
      await records.sign(code);
      ctx.announce('Signed.');
      await reload();
    } catch (e) {
      errors = problems(e);
      ctx.update();
    }
  }

  async function addTraining(e: Event): Promise<void> {
    e.preventDefault();
    errors = [];
    try {
      await records.recordTraining({ ...draft, evidence: draft.evidence || undefined });
      draft = { course: '', completedOn: '', provider: '', evidence: '' };
      ctx.announce('Training recorded.');
      await reload();
    } catch (err) {
      errors = problems(err);
      focusSoon('#training-problem');
      ctx.update();
    }
  }

  return {
    title: () => 'My agreements and training',
    dispose: () => (disposed = true),
    render: () =>
      html` <section class="panel" aria-labelledby="my-agreements">
          <h2 id="my-agreements">Agreements</h2>
          ${loaded(mine, (m) =>
            m.agreements.length
              ? html`<table>
                  <thead>
                    <tr>
                      <th scope="col">Agreement</th>
                      <th scope="col">Version</th>
                      <th scope="col">Signed</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${m.agreements.map(
                      (a) =>
                        html`<tr>
                          <td>${a.title}</td>
                          <td>${versionLine(a)}</td>
                          <td>
                            ${
                              a.signed
                                ? html`Yes, ${new Date(a.signedAt!).toLocaleDateString('en-GB')}`
                                : html`<button
                                    type="button"
                                    class="primary"
                                    @click=${() => void sign(a.code)}
                                  >
                                    Sign
                                  </button>`
                            }
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>`
              : html`<p class="muted">No agreement asks for your signature.</p>`,
          )}
        </section>
        <section class="panel" aria-labelledby="my-training">
          <h2 id="my-training">Training</h2>
          ${loaded(mine, (m) =>
            m.training.length
              ? html`<table>
                  <thead>
                    <tr>
                      <th scope="col">Course</th>
                      <th scope="col">Completed</th>
                      <th scope="col">Counts until</th>
                      <th scope="col">Provider</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${m.training.map(
                      (t) =>
                        html`<tr>
                          <td>${t.courseTitle}</td>
                          <td>${t.completedOn}</td>
                          <td>
                            ${t.expiresOn}${t.current ? nothing : html` <strong>(not current)</strong>`}
                          </td>
                          <td>${t.provider}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>`
              : html`<p class="muted">No training recorded yet.</p>`,
          )}
          <form @submit=${(e: Event) => void addTraining(e)}>
            <h3>Record training you have done</h3>
            ${problemList('training-problem', errors)}
            <div class="field">
              <label for="training-course">Course</label>
              <select
                id="training-course"
                .value=${draft.course}
                @change=${(e: Event) => (draft.course = (e.target as HTMLSelectElement).value)}
              >
                <option value="">Choose…</option>
                ${(courses.value ?? []).map((c) => html`<option value=${c.code}>${c.title} (counts ${c.validityMonths} months)</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="training-date">Completed on</label>
              <input
                id="training-date"
                type="date"
                max=${today()}
                .value=${draft.completedOn}
                @input=${(e: Event) => (draft.completedOn = (e.target as HTMLInputElement).value)}
              />
            </div>
            <div class="field">
              <label for="training-provider">Provider</label>
              <input
                id="training-provider"
                .value=${draft.provider}
                @input=${(e: Event) => (draft.provider = (e.target as HTMLInputElement).value)}
              />
            </div>
            <div class="field">
              <label for="training-evidence">Evidence (certificate file name or note)</label>
              <input
                id="training-evidence"
                .value=${draft.evidence}
                @input=${(e: Event) => (draft.evidence = (e.target as HTMLInputElement).value)}
              />
            </div>
            <div class="actions">
              <button type="submit" class="primary">Record training</button>
            </div>
          </form>
        </section>`,
  };
}

/** The photo opt-out list every member of staff reads before publishing: reference, year group, uses refused. */
export function optOutsView(ctx: Context): View {
  let disposed = false;
  const alive = () => !disposed;
  let yearGroup = '';
  const list: Load<OptOut[]> = {};
  const reload = () =>
    load(ctx, list, () => records.optOuts(yearGroup.trim()), 'the photo opt-out list', alive);
  void reload();
  return {
    title: () => 'Photo opt-outs',
    dispose: () => (disposed = true),
    render: () =>
      html` <p>
          Before you take or publish a photograph, check that no pupil in it has refused that use. A
          pupil with no consent form on record has refused every use.
        </p>
        <form
          class="filters"
          role="search"
          @submit=${(e: Event) => {
            e.preventDefault();
            void reload();
          }}
        >
          <div class="field">
            <label for="optout-year">Year group</label>
            <input
              id="optout-year"
              placeholder="e.g. Year 8"
              .value=${yearGroup}
              @input=${(e: Event) => (yearGroup = (e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="actions"><button type="submit" class="secondary">Show</button></div>
        </form>
        ${loaded(list, (rows) =>
          rows.length
            ? html`<table>
                <thead>
                  <tr>
                    <th scope="col">Pupil</th>
                    <th scope="col">Year group</th>
                    <th scope="col">Refused</th>
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    (r) =>
                      html`<tr>
                        <td>${r.pupilReference}</td>
                        <td>${r.yearGroup}</td>
                        <td>${r.refused.map(useLabel).join(', ')}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
            : html`<p class="muted">Nobody on roll has refused a use.</p>`,
        )}`,
  };
}

/** The school office's and the DSL's records: paper forms, consent forms, who has not signed, training gaps. */
export function schoolRecordsView(ctx: Context): View {
  let disposed = false;
  const alive = () => !disposed;
  const roles = ctx.session.roles;
  const oversees = roles.includes('dsl') || roles.includes('head');
  const keepsRecords = oversees || roles.includes('office');
  let agreementCode = 'staff-aup';
  const report: Load<NotSignedReport> = {};
  const gaps: Load<TrainingGap[]> = {};
  if (oversees) {
    void load(ctx, report, () => records.notSigned(agreementCode), 'who has not signed', alive);
    void load(ctx, gaps, records.gaps, 'the training gaps', alive);
  }
  let paper = {
    code: 'staff-aup',
    username: '',
    pupilReference: '',
    parentName: '',
    paperDate: '',
  };
  let consent = {
    pupilReference: '',
    answeredBy: '',
    answeredOn: '',
    uses: {} as Record<string, boolean>,
  };
  let paperErrors: string[] = [];
  let consentErrors: string[] = [];

  async function recordPaper(e: Event): Promise<void> {
    e.preventDefault();
    paperErrors = [];
    try {
      await records.recordPaper(paper.code, {
        username: paper.username || undefined,
        pupilReference: paper.pupilReference || undefined,
        parentName: paper.parentName || undefined,
        paperDate: paper.paperDate,
      });
      ctx.announce('Paper form recorded.');
      paper = { ...paper, username: '', pupilReference: '', parentName: '' };
    } catch (err) {
      paperErrors = problems(err);
      focusSoon('#paper-problem');
    }
    ctx.update();
  }

  async function recordConsent(e: Event): Promise<void> {
    e.preventDefault();
    consentErrors = [];
    try {
      await records.recordConsent(consent);
      ctx.announce('Consent form recorded.');
      consent = { pupilReference: '', answeredBy: '', answeredOn: '', uses: {} };
    } catch (err) {
      consentErrors = problems(err);
      focusSoon('#consent-problem');
    }
    ctx.update();
  }

  const text = (
    value: string,
    set: (v: string) => void,
    id: string,
    label: string,
    type = 'text',
  ) =>
    html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type=${type}
        .value=${value}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
    </div>`;

  return {
    title: () => 'School records',
    dispose: () => (disposed = true),
    render: () =>
      html` ${
        keepsRecords
          ? html`<section class="panel" aria-labelledby="paper-title">
                <h2 id="paper-title">Record a signed paper agreement</h2>
                ${problemList('paper-problem', paperErrors)}
                <form @submit=${(e: Event) => void recordPaper(e)}>
                  <div class="field">
                    <label for="paper-code">Agreement</label>
                    <select
                      id="paper-code"
                      @change=${(e: Event) => (paper.code = (e.target as HTMLSelectElement).value)}
                    >
                      <option value="staff-aup">Staff and volunteer AUP</option>
                      <option value="pupil-aup-ks2">Pupil AUP (KS2)</option>
                      <option value="pupil-aup-ks1">Pupil AUP (KS1)</option>
                      <option value="pupil-aup-eyfs">Pupil AUP (EYFS)</option>
                      <option value="parent-aup">Parent and carer AUP</option>
                      <option value="community-aup">Community user AUP</option>
                    </select>
                  </div>
                  ${text(paper.username, (v) => (paper.username = v), 'paper-username', 'Username (staff and community users)')}
                  ${text(paper.pupilReference, (v) => (paper.pupilReference = v), 'paper-pupil', 'Pupil reference (pupil and parent forms)')}
                  ${text(paper.parentName, (v) => (paper.parentName = v), 'paper-parent', "Parent's name (parent forms)")}
                  ${text(paper.paperDate, (v) => (paper.paperDate = v), 'paper-date', 'Date on the form', 'date')}
                  <div class="actions"><button type="submit" class="primary">Record</button></div>
                </form>
              </section>
              <section class="panel" aria-labelledby="consent-title">
                <h2 id="consent-title">Record a photo consent form</h2>
                ${problemList('consent-problem', consentErrors)}
                <form @submit=${(e: Event) => void recordConsent(e)}>
                  ${text(consent.pupilReference, (v) => (consent.pupilReference = v), 'consent-pupil', 'Pupil reference')}
                  ${PHOTO_USES.map(
                    (u) =>
                      html`<fieldset class="field">
                        <legend>${u.label}</legend>
                        <label
                          ><input
                            type="radio"
                            name=${`use-${u.id}`}
                            .checked=${consent.uses[u.id] === true}
                            @change=${() => (consent.uses[u.id] = true)}
                          />
                          Yes</label
                        >
                        <label
                          ><input
                            type="radio"
                            name=${`use-${u.id}`}
                            .checked=${consent.uses[u.id] === false}
                            @change=${() => (consent.uses[u.id] = false)}
                          />
                          No</label
                        >
                      </fieldset>`,
                  )}
                  ${text(consent.answeredBy, (v) => (consent.answeredBy = v), 'consent-by', 'Answered by (parent or carer)')}
                  ${text(consent.answeredOn, (v) => (consent.answeredOn = v), 'consent-on', 'Date on the form', 'date')}
                  <div class="actions"><button type="submit" class="primary">Record</button></div>
                </form>
              </section>`
          : nothing
      }
      ${
        oversees
          ? html`<section class="panel" aria-labelledby="not-signed-title">
                <h2 id="not-signed-title">Who has not signed</h2>
                <div class="field">
                  <label for="report-code">Agreement</label>
                  <select
                    id="report-code"
                    @change=${(e: Event) => {
                      agreementCode = (e.target as HTMLSelectElement).value;
                      void load(
                        ctx,
                        report,
                        () => records.notSigned(agreementCode),
                        'who has not signed',
                        alive,
                      );
                    }}
                  >
                    <option value="staff-aup">Staff and volunteer AUP</option>
                    <option value="pupil-aup-ks2">Pupil AUP (KS2)</option>
                    <option value="pupil-aup-ks1">Pupil AUP (KS1)</option>
                    <option value="parent-aup">Parent and carer AUP</option>
                  </select>
                </div>
                ${loaded(
                  report,
                  (r) =>
                    html`<p>
                        ${r.title}, version ${r.version}: ${r.signed} of ${r.concerned} signed.
                      </p>
                      ${
                        r.notSigned.length
                          ? html`<ul>
                              ${r.notSigned.map((u) => html`<li>${u.name ? `${u.name} (${u.reference})` : u.reference}</li>`)}
                            </ul>`
                          : html`<p class="muted">Everyone has signed.</p>`
                      }`,
                )}
              </section>
              <section class="panel" aria-labelledby="gaps-title">
                <h2 id="gaps-title">Training gaps</h2>
                ${loaded(gaps, (rows) =>
                  rows.length
                    ? html`<table>
                        <thead>
                          <tr>
                            <th scope="col">Member of staff</th>
                            <th scope="col">Course</th>
                            <th scope="col">Status</th>
                          </tr>
                        </thead>
                        <tbody>
                          ${rows.map(
                            (g) =>
                              html`<tr>
                                <td>${g.name}</td>
                                <td>${g.course}</td>
                                <td>
                                  ${gapStatus(g.status)}${g.expiresOn ? ` (${g.expiresOn})` : ''}
                                </td>
                              </tr>`,
                          )}
                        </tbody>
                      </table>`
                    : html`<p class="muted">Everyone's training is current.</p>`,
                )}
              </section>`
          : nothing
      }`,
  };
}
