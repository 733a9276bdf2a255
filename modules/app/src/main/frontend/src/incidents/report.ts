import { html } from 'lit-html';
import { incidentApi } from './api';
import { focusSoon, type Context, type View } from '../shell/app';
import { localDateTimeInput } from '../shell/format';
import { formController } from '../forms/formController';
import { checkReport, emptyDraft, reportPayload, reportErrors, type Draft } from './reportForm';
import { NO_PICK, PersonPicker } from '../platform/people/personField';
import { PupilPicker } from '../platform/pupils/pupilField';
import {
  reportFacts,
  reportRows,
  reportSent,
  reportTextFields,
  type ReportParts,
} from './reportFields';

/** A report in progress survives a session time-out in memory (never in storage), for the same user. */
let saved: { username: string; draft: Draft } | undefined;

/** Signing out on purpose forgets the report in progress. */
export function forgetReportDraft(): void {
  saved = undefined;
}

export function reportView(ctx: Context): View {
  const me = ctx.session.username;
  let draft: Draft =
    saved?.username === me ? saved.draft : emptyDraft(localDateTimeInput(new Date()));
  saved = { username: me, draft };
  let types: string[] = [];
  let typesProblem: string | undefined;
  let created: { reference: string } | undefined;
  let disposed = false;
  /** One per staff row, in the same order; they hold only the passing search, the row holds the choice. */
  const staffPickers: PersonPicker[] = [];
  const pickerFor = (i: number) => (staffPickers[i] ??= new PersonPicker(() => ctx.update()));
  /** The same for the pupil rows: the register as you type the reference. */
  const pupilPickers: PupilPicker[] = [];
  const pupilPickerFor = (i: number) => (pupilPickers[i] ??= new PupilPicker(() => ctx.update()));

  incidentApi
    .incidentTypes()
    .then((found) => {
      types = found;
      if (!disposed) ctx.update();
    })
    .catch((e: Error) => {
      typesProblem = `The list of incident types could not be loaded: ${e.message}. Choose “other” and describe it.`;
      types = ['other'];
      if (!disposed) ctx.update();
    });

  const set = (change: Partial<Draft>, redraw = false) => {
    draft = { ...draft, ...change };
    saved = { username: me, draft };
    if (redraw) ctx.update();
  };

  const form = formController({
    update: () => ctx.update(),
    validate: () => checkReport(reportPayload(draft).body),
    place: (problems, message) => reportErrors(problems, reportPayload(draft).rows, message),
  });

  async function submit(): Promise<void> {
    const { body } = reportPayload(draft);
    await form.submit(async () => {
      const result = await incidentApi.report(body);
      created = { reference: result.reference };
      saved = undefined;
      ctx.announce(`Report sent. Its reference is ${result.reference}.`);
      focusSoon('#report-done');
    });
  }

  const parts: ReportParts = {
    draft: () => draft,
    set,
    form,
    types: () => types,
    typesProblem: () => typesProblem,
    pickerFor,
    pupilPickerFor,
    addRow: (kind) => addRow(kind),
    removeRow: (kind, index) => removeRow(kind, index),
  };
  const { textField, typeField } = reportTextFields(parts);
  const { pupilRows, staffRows, urlRows } = reportRows(parts);
  const { riskField, occurredField, ownershipField, descriptionField } = reportFacts(parts);

  function addRow(kind: 'pupils' | 'staff' | 'urls'): void {
    if (kind === 'pupils')
      set({ pupils: [...draft.pupils, { reference: '', yearGroup: '', registered: null }] }, true);
    if (kind === 'staff') set({ staff: [...draft.staff, NO_PICK] }, true);
    if (kind === 'urls') set({ urls: [...draft.urls, ''] }, true);
    const index =
      (kind === 'pupils' ? draft.pupils : kind === 'staff' ? draft.staff : draft.urls).length - 1;
    focusSoon(
      kind === 'pupils'
        ? `#r-pupil-${index}-ref`
        : kind === 'staff'
          ? `#r-staff-${index}`
          : `#r-url-${index}`,
    );
  }

  function removeRow(kind: 'pupils' | 'staff' | 'urls', index: number): void {
    if (kind === 'pupils') {
      pupilPickers.splice(index, 1).forEach((p) => p.dispose());
      set({ pupils: draft.pupils.filter((_, i) => i !== index) }, true);
    }
    if (kind === 'staff') {
      staffPickers.splice(index, 1).forEach((p) => p.dispose());
      set({ staff: draft.staff.filter((_, i) => i !== index) }, true);
    }
    if (kind === 'urls') set({ urls: draft.urls.filter((_, i) => i !== index) }, true);
    form.clear();
    ctx.update();
    ctx.announce('Row removed.');
    focusSoon(`#r-${kind} .add`);
  }

  return {
    title: () => 'Report an incident',
    render: () => {
      if (created) {
        return reportSent(created.reference, () => {
          created = undefined;
          draft = emptyDraft(localDateTimeInput(new Date()));
          saved = { username: me, draft };
          ctx.update();
          focusSoon('#r-occurred');
        });
      }
      return html`
        <form
          class="report"
          novalidate
          @submit=${(e: Event) => {
            e.preventDefault();
            void submit();
          }}
        >
          ${form.summary()} ${riskField()} ${occurredField()}
          ${textField('r-location', 'Where did it happen?', 'location', 'For example: IT suite 2, Year 8 form room, school trip.', true)}
          ${ownershipField()}
          ${textField('r-identifier', 'Which device?', 'identifier', 'Asset tag, computer name, or a short description (optional).')}
          ${typeField()} ${descriptionField()} ${pupilRows()} ${staffRows()} ${urlRows()}

          <div class="actions">
            <button type="submit" class="primary big" ?disabled=${form.busy}>
              ${form.busy ? 'Sending…' : 'Send the report'}
            </button>
          </div>
        </form>
      `;
    },
    dispose: () => {
      disposed = true;
      staffPickers.forEach((p) => p.dispose());
      pupilPickers.forEach((p) => p.dispose());
    },
  };
}
