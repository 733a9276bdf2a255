// Browser smoke test of Beacon's web UI, in Debian's Chromium through playwright-core (which never
// downloads a browser of its own). BrowserIT starts beacon.jar and runs this; by hand:
//   BEACON_URL=http://localhost:18080 node e2e/smoke.mjs
//
// A member of staff reports an incident and sees its reference; the DSL finds the classification
// task for it, submits the form with a required field missing and sees the error beside the field,
// then completes it; both sign out.

import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = (process.env.BEACON_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const OUT = process.env.BEACON_SCREENSHOTS ?? join(process.cwd(), 'e2e', 'out');
const PASSWORD = process.env.BEACON_DEMO_PASSWORD ?? 'beacon-demo';
const TIMEOUT = 30_000; // per step: generous for a busy 2-core machine

mkdirSync(OUT, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'beacon-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
context.setDefaultTimeout(TIMEOUT);
const page = context.pages()[0] ?? (await context.newPage());
const problems = [];
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
page.on('console', (m) => {
  if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(`console: ${m.text()}`);
});

let passed = 0;
async function step(name, body) {
  const started = Date.now();
  try {
    await body();
    passed += 1;
    console.log(`ok - ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    console.log(`not ok - ${name}: ${e.message}`);
    await page.screenshot({ path: join(OUT, 'failure.png'), fullPage: true }).catch(() => undefined);
    throw e;
  }
}

async function signIn(username) {
  await page.goto(`${BASE}/`);
  await page.getByRole('heading', { name: 'Sign in to Beacon' }).waitFor();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`Signed in as ${username}`).waitFor();
}

async function signOut() {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Beacon' }).waitFor();
  await page.getByText('You have signed out.').waitFor();
}

const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};

let reference;
try {
  await step('staff signs in and lands on Report an incident / My reports', async () => {
    await signIn('staff');
    await page.getByRole('link', { name: 'My reports' }).first().waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Report an incident' }).click();
    await page.getByRole('heading', { name: 'Report an incident', level: 1 }).waitFor();
  });

  await step('staff reports an incident (no immediate risk) and sees its reference', async () => {
    expect(!(await page.getByLabel('A child is at immediate risk').isChecked()), 'immediate risk starts unticked');
    await page.getByLabel('Where did it happen?').fill('IT suite 2');
    await page.getByLabel('A school device').check();
    await page.getByLabel('Which device?').fill('IT2-PC14');
    await page.getByLabel('Search the list').fill('mobile phone');
    const type = page.locator('#r-type');
    const first = await type.locator('option').nth(1).getAttribute('value');
    expect(first && first !== 'other', 'searching the types finds the mobile phone row');
    await type.selectOption(first);
    await page.getByLabel('What happened?').fill('A pupil filmed another pupil on a phone during the lesson.');
    await page.getByRole('button', { name: 'Add a pupil' }).click();
    await page.getByLabel('Pupil 1 reference').fill('P-0042');
    await page.getByLabel('Pupil 1 year group').selectOption('Year 8');
    await page.screenshot({ path: join(OUT, '01-report-filled.png'), fullPage: true });
    await page.getByRole('button', { name: 'Send the report' }).click();
    await page.getByRole('heading', { name: 'Report sent' }).waitFor();
    reference = (await page.locator('.reference').textContent())?.trim();
    expect(/^INC-\d{4}-\d+$/.test(reference ?? ''), `a reference like INC-2026-0001, not ${reference}`);
    await page.screenshot({ path: join(OUT, '02-report-sent.png'), fullPage: true });
  });

  await step('staff signs out', signOut);

  await step('dsl signs in and sees a task for the reference in the task list', async () => {
    await signIn('dsl');
    await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
    const row = page.locator('tr', { hasText: reference });
    await row.getByRole('link', { name: 'Classify the incident' }).waitFor();
    await page.screenshot({ path: join(OUT, '03-dsl-tasks.png'), fullPage: true });
    await row.getByRole('link', { name: 'Classify the incident' }).click();
    await page.getByRole('heading', { name: 'Classify the incident', level: 1 }).waitFor();
    await page.getByRole('heading', { name: `Case ${reference}` }).waitFor();
  });

  await step('dsl submits the classification with a required field missing and sees the inline error', async () => {
    await page.getByRole('radio', { name: 'Inappropriate' }).check();
    await page.getByRole('button', { name: 'Complete task' }).click();
    const summary = page.locator('#error-summary');
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
    const inline = page.locator('[data-field="involves"] .field-error');
    expect((await inline.textContent())?.includes('Involves is required'), 'the error stands beside Involves');
    expect((await page.locator('[data-field="classification"] .field-error').count()) === 0, 'no error on the answered field');
    expect(await page.getByRole('radio', { name: 'Inappropriate' }).isChecked(), 'the answer given is kept');
    await page.screenshot({ path: join(OUT, '04-classify-error.png'), fullPage: true });
  });

  await step('dsl completes the classification and is back on the list with a confirmation', async () => {
    await page.getByRole('radio', { name: 'A child' }).check();
    await page.getByLabel('Notes').fill('Phone confiscated; parents to be told.');
    await page.getByRole('button', { name: 'Complete task' }).click();
    await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
    await page.getByText(`“Classify the incident” for ${reference} is complete`).waitFor();
    await page.screenshot({ path: join(OUT, '05-dsl-done.png'), fullPage: true });
  });

  await step('dsl signs out', signOut);

  expect(problems.length === 0, `the pages logged errors:\n${problems.join('\n')}`);
  console.log(`${passed} passed, 0 failed`);
} catch (e) {
  console.log(`${passed} passed, 1 failed`);
  console.error(e.stack ?? String(e));
  if (problems.length) console.error(problems.join('\n'));
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
