// The designer page: sign-in check, the list of deployed models, the editors, and the checks
// (lint in the browser, validate and deploy on the server).

import './styles.css';
import {
  ApiError,
  BeaconApi,
  type DeployedModel,
  type ModelType,
  type ModelVersion,
  type Session,
} from './api';
import { BpmnEditor, DmnEditor } from './editors';
import {
  countErrors,
  type Finding,
  lintFindings,
  serverFindings,
  warningFindings,
} from './problems';
import { starterBpmn, starterDmn } from './starters';

const api = new BeaconApi();

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) {
    throw new Error(`The page has no #${id}`);
  }
  return element as T;
}

const ui = {
  who: byId('who'),
  gate: byId('gate'),
  gateTitle: byId('gate-title'),
  gateText: byId('gate-text'),
  workspace: byId('workspace'),
  models: byId<HTMLUListElement>('models'),
  libraryStatus: byId('library-status'),
  current: byId('current'),
  name: byId<HTMLInputElement>('name'),
  toolbar: byId<HTMLFormElement>('toolbar'),
  lint: byId<HTMLButtonElement>('lint'),
  validate: byId<HTMLButtonElement>('validate'),
  deploy: byId<HTMLButtonElement>('deploy'),
  download: byId<HTMLButtonElement>('download'),
  start: byId<HTMLButtonElement>('start'),
  bpmnCanvas: byId('bpmn-canvas'),
  bpmnProperties: byId('bpmn-properties'),
  dmnCanvas: byId('dmn-canvas'),
  dmnProperties: byId('dmn-properties'),
  dmnTabs: byId('dmn-tabs'),
  findings: byId<HTMLUListElement>('findings'),
  findingsSummary: byId('findings-summary'),
};

interface Current {
  type: ModelType;
  label: string;
  fileName: string;
}

let current: Current | null = null;
let lintResults: Finding[] = [];
let serverResults: Finding[] = [];
let serverVerdict: { ok: boolean; text: string } | null = null;
let dirty = false;
let busy = false;
/** The deployed process version the open diagram is, which "Start an instance" runs. */
let startable: { definitionId: string; key: string; version: number } | null = null;

let bpmn: BpmnEditor | null = null;
let dmn: DmnEditor | null = null;

// --- start --------------------------------------------------------------------------------

async function start(): Promise<void> {
  let session: Session | null;
  try {
    session = await api.session();
  } catch (error) {
    showGate('Beacon cannot be reached', error instanceof Error ? error.message : String(error));
    return;
  }
  if (!session) {
    showGate('Sign in first', '');
    const link = document.createElement('a');
    link.href = '/';
    link.textContent = 'Sign in to Beacon';
    ui.gateText.replaceChildren('You are not signed in. ', link, ', then come back to this page.');
    return;
  }
  ui.who.textContent = `Signed in as ${session.username}`;
  if (!session.roles.includes('admin')) {
    showGate(
      'For administrators',
      'The flow designer is for Beacon administrators: they model flows and deploy new versions. ' +
        "Your tasks are on Beacon's home page.",
    );
    return;
  }
  ui.gate.hidden = true;
  ui.workspace.hidden = false;
  bpmn = new BpmnEditor(ui.bpmnCanvas, ui.bpmnProperties, (issues) => {
    lintResults = lintFindings(issues);
    renderFindings();
  });
  bpmn.modeler.on('commandStack.changed', () => (dirty = true));
  dmn = new DmnEditor(ui.dmnCanvas, ui.dmnProperties, ui.dmnTabs);
  wireActions();
  await Promise.all([refreshModels(), openNew('bpmn')]);
}

function showGate(title: string, text: string): void {
  ui.gateTitle.textContent = title;
  ui.gateText.textContent = text;
  ui.gate.hidden = false;
  ui.workspace.hidden = true;
}

function wireActions(): void {
  byId('new-bpmn').addEventListener('click', () => confirmDiscard() && openNew('bpmn'));
  byId('new-dmn').addEventListener('click', () => confirmDiscard() && openNew('dmn'));
  byId('refresh').addEventListener('click', () => refreshModels());
  byId<HTMLInputElement>('open-file').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file && confirmDiscard()) {
      await openFile(file);
    }
  });
  ui.lint.addEventListener('click', () => lintNow());
  ui.validate.addEventListener('click', () => check('validate'));
  ui.toolbar.addEventListener('submit', (event) => {
    event.preventDefault();
    void check('deploy');
  });
  ui.download.addEventListener('click', () => download());
  ui.start.addEventListener('click', () => void startInstance());
  window.addEventListener('beforeunload', (event) => {
    if (dirty) {
      event.preventDefault();
    }
  });
}

// --- the list of deployed models ----------------------------------------------------------

async function refreshModels(): Promise<void> {
  ui.libraryStatus.textContent = 'Loading…';
  try {
    const models = await api.models();
    renderModels(models);
    ui.libraryStatus.textContent = `${models.length} model(s). Running counts are process instances not yet ended.`;
  } catch (error) {
    ui.libraryStatus.textContent =
      error instanceof ApiError ? error.message : 'The list could not be loaded.';
  }
}

function renderModels(models: DeployedModel[]): void {
  ui.models.replaceChildren(
    ...models.map((model) => {
      const item = document.createElement('li');
      const head = document.createElement('div');
      head.className = 'model-head';
      head.append(span('model-name', model.name), span('model-type', model.type));
      const key = span('model-key', model.key);
      const versions = document.createElement('ul');
      versions.className = 'versions';
      versions.append(...model.versions.map((version) => versionRow(model, version)));
      item.append(head, key, versions);
      return item;
    }),
  );
}

function versionRow(model: DeployedModel, version: ModelVersion): HTMLLIElement {
  const row = document.createElement('li');
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'link';
  open.textContent = `v${version.version}`;
  open.title = `Open version ${version.version} of ${model.key}`;
  open.addEventListener('click', () => confirmDiscard() && openDeployed(model, version));
  const running =
    version.runningInstances === undefined || version.runningInstances === null
      ? ''
      : ` · ${version.runningInstances} running`;
  const when = version.deployedAt ? new Date(version.deployedAt).toLocaleString() : 'unknown time';
  const meta = span(
    'meta',
    `${when} · ${version.deploymentName ?? 'unnamed'}${version.deploymentSource ? ` (${version.deploymentSource})` : ''}`,
  );
  row.append(open, span('running', running), meta);
  return row;
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

// --- opening models -----------------------------------------------------------------------

async function openNew(type: ModelType): Promise<void> {
  const xml = type === 'bpmn' ? starterBpmn() : starterDmn();
  await show(type, xml, {
    type,
    label:
      type === 'bpmn'
        ? 'New process (id NewFlow: change it in the properties)'
        : 'New decision (id NewDecision)',
    fileName: type === 'bpmn' ? 'NewFlow.bpmn' : 'NewDecision.dmn',
  });
  ui.name.value = type === 'bpmn' ? 'New flow' : 'New decision';
}

async function openDeployed(model: DeployedModel, version: ModelVersion): Promise<void> {
  try {
    const xml = await api.modelXml(model.type, model.key, version.version);
    await show(model.type, xml, {
      type: model.type,
      label: `${model.name} (${model.key}), version ${version.version}`,
      fileName: `${model.key}.${model.type}`,
    });
    ui.name.value =
      version.deploymentSource === 'beacon-designer' && version.deploymentName
        ? version.deploymentName
        : model.name;
    setStartable(
      model.type === 'bpmn'
        ? { definitionId: version.definitionId, key: model.key, version: version.version }
        : null,
    );
  } catch (error) {
    setServerResults(serverFindings(error), { ok: false, text: 'The model could not be opened.' });
  }
}

async function openFile(file: File): Promise<void> {
  const xml = await file.text();
  const type: ModelType =
    file.name.endsWith('.dmn') || /<(\w+:)?definitions[^>]*\/DMN\//.test(xml) ? 'dmn' : 'bpmn';
  await show(type, xml, { type, label: `${file.name} (from a file)`, fileName: file.name });
  ui.name.value = file.name.replace(/\.(bpmn|dmn|xml)$/i, '');
}

async function show(type: ModelType, xml: string, opened: Current): Promise<void> {
  setStartable(null);
  ui.bpmnCanvas.hidden = type !== 'bpmn';
  ui.bpmnProperties.hidden = type !== 'bpmn';
  ui.dmnCanvas.hidden = type !== 'dmn';
  dmn?.setVisible(type === 'dmn');
  ui.lint.hidden = type !== 'bpmn';
  lintResults = [];
  setServerResults([], null);
  try {
    const editor = type === 'bpmn' ? bpmn! : dmn!;
    const { warnings } = await editor.open(xml);
    current = opened;
    ui.current.textContent = opened.label;
    if (warnings.length > 0) {
      setServerResults(
        warnings.map((text) => ({ severity: 'warning', subject: 'Import', text, source: 'lint' })),
        null,
      );
    }
  } catch (error) {
    current = null;
    ui.current.textContent = 'No model open';
    setServerResults(
      [
        {
          severity: 'error',
          subject: 'Import',
          text: error instanceof Error ? error.message : String(error),
          source: 'lint',
        },
      ],
      { ok: false, text: 'The model could not be opened in the editor.' },
    );
  }
  dirty = false;
}

function confirmDiscard(): boolean {
  return !dirty || window.confirm('Discard the changes to the open model?');
}

// --- checks and deploying -----------------------------------------------------------------

async function lintNow(): Promise<void> {
  if (current?.type === 'bpmn' && bpmn) {
    lintResults = lintFindings(await bpmn.lint());
    renderFindings();
  }
}

async function check(action: 'validate' | 'deploy'): Promise<void> {
  if (!current || busy) {
    return;
  }
  if (!ui.name.value.trim()) {
    ui.name.reportValidity();
    return;
  }
  const editor = current.type === 'bpmn' ? bpmn! : dmn!;
  if (current.type === 'bpmn') {
    await lintNow();
  }
  const lintErrors = countErrors(lintResults);
  if (
    action === 'deploy' &&
    lintErrors > 0 &&
    !window.confirm(
      `The linter found ${lintErrors} error(s). Deploy anyway? The server checks the model again.`,
    )
  ) {
    return;
  }
  setBusy(true);
  try {
    const submission = { name: ui.name.value.trim(), type: current.type, xml: await editor.xml() };
    if (action === 'validate') {
      const report = await api.validate(submission);
      setServerResults(warningFindings(report.warnings), {
        ok: true,
        text: `The server accepts it: it would deploy ${report.keys.join(', ')}.`,
      });
    } else {
      const outcome = await api.deploy(submission);
      setServerResults(warningFindings(outcome.warnings), {
        ok: true,
        text: outcome.created
          ? `Deployed ${outcome.key} as version ${outcome.version}. New instances start on it; running ones stay on theirs.`
          : `Unchanged: version ${outcome.version} of ${outcome.key} is already this model, so no version was created.`,
      });
      dirty = false;
      if (current.type === 'bpmn') {
        setStartable({ definitionId: outcome.id, key: outcome.key, version: outcome.version });
      }
      await refreshModels();
    }
  } catch (error) {
    const findings = serverFindings(error);
    setServerResults(findings, {
      ok: false,
      text:
        error instanceof ApiError && error.status === 400
          ? `The server refused it: ${findings.length} problem(s).`
          : error instanceof ApiError
            ? error.message
            : 'Beacon could not be reached.',
    });
  } finally {
    setBusy(false);
  }
}

function setStartable(value: typeof startable): void {
  startable = value;
  ui.start.hidden = value === null;
  ui.start.textContent = value
    ? `Start an instance of ${value.key} v${value.version}`
    : 'Start an instance';
}

/** Runs the deployed version once, e.g. to try a new flow: its first tasks go to their roles' task lists. */
async function startInstance(): Promise<void> {
  if (!startable || busy) {
    return;
  }
  if (
    dirty &&
    !window.confirm(
      'The diagram has changes that are not deployed. Start the deployed version anyway?',
    )
  ) {
    return;
  }
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  setBusy(true);
  try {
    const started = await api.startInstance(startable.definitionId, `${startable.key}-${stamp}`);
    setServerResults([], {
      ok: true,
      text: `Started ${startable.key} version ${startable.version} with the reference ${started.businessKey}. Its tasks are in the task lists of their roles.`,
    });
    await refreshModels();
  } catch (error) {
    setServerResults(serverFindings(error), {
      ok: false,
      text:
        error instanceof ApiError
          ? `The instance could not be started: ${error.message}`
          : 'Beacon could not be reached.',
    });
  } finally {
    setBusy(false);
  }
}

function setBusy(value: boolean): void {
  busy = value;
  ui.validate.disabled = value;
  ui.deploy.disabled = value;
  ui.start.disabled = value;
}

async function download(): Promise<void> {
  if (!current) {
    return;
  }
  const xml = await (current.type === 'bpmn' ? bpmn! : dmn!).xml();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  link.download = current.fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

// --- findings -----------------------------------------------------------------------------

function setServerResults(
  findings: Finding[],
  verdict: { ok: boolean; text: string } | null,
): void {
  serverResults = findings;
  serverVerdict = verdict;
  renderFindings();
}

function renderFindings(): void {
  const all = [...serverResults, ...lintResults];
  const lintErrors = countErrors(lintResults);
  const lintText =
    current?.type === 'bpmn'
      ? lintResults.length === 0
        ? 'Lint: no issues.'
        : `Lint: ${lintErrors} error(s), ${lintResults.length - lintErrors} other issue(s).`
      : '';
  ui.findingsSummary.textContent = [serverVerdict?.text, lintText].filter(Boolean).join(' ');
  ui.findingsSummary.className = serverVerdict ? (serverVerdict.ok ? 'ok' : 'bad') : '';
  ui.findings.replaceChildren(...all.map(findingRow));
}

function findingRow(finding: Finding): HTMLLIElement {
  const row = document.createElement('li');
  row.append(span(`severity ${finding.severity}`, finding.severity));
  if (finding.elementId) {
    const subject = document.createElement('button');
    subject.type = 'button';
    subject.className = 'link';
    subject.textContent = finding.subject;
    subject.title = 'Show this element';
    subject.addEventListener('click', () =>
      current?.type === 'bpmn' ? bpmn?.reveal(finding.elementId!) : dmn?.reveal(finding.elementId!),
    );
    row.append(subject);
  } else {
    row.append(span('subject', finding.subject));
  }
  row.append(
    document.createTextNode(` ${finding.text}`),
    span('source', finding.source === 'lint' ? 'lint' : 'server'),
  );
  return row;
}

void start();
