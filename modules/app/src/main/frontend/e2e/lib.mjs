// What the browser scripts share: Debian's Chromium through playwright-core (which never downloads
// a browser of its own), named steps with a screenshot on failure, signing in and out, and calls
// to Beacon's API with HTTP Basic for the set-up a test needs but does not test.

import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE = (process.env.BEACON_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const OUT = process.env.BEACON_SCREENSHOTS ?? join(process.cwd(), 'e2e', 'out');
export const PASSWORD = process.env.BEACON_DEMO_PASSWORD ?? 'beacon-demo';
export const TIMEOUT = 30_000; // per step: generous for a busy 2-core machine

export const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};

/** Opens Chromium, runs the steps `body` declares, reports "N passed, M failed", closes everything. */
export async function run(name, body) {
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
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text()))
      problems.push(`console: ${m.text()}`);
  });
  let passed = 0;
  const started = Date.now();
  const step = async (title, fn) => {
    const begun = Date.now();
    try {
      await fn();
      passed += 1;
      console.log(`ok - ${title} (${Date.now() - begun} ms)`);
    } catch (e) {
      console.log(`not ok - ${title}: ${e.message}`);
      await page
        .screenshot({ path: join(OUT, `${name}-failure.png`), fullPage: true })
        .catch(() => undefined);
      throw e;
    }
  };
  try {
    await body({ page, step, signIn: (u) => signIn(page, u), signOut: () => signOut(page) });
    expect(problems.length === 0, `the pages logged errors:\n${problems.join('\n')}`);
    console.log(
      `${name}: ${passed} passed, 0 failed (${Math.round((Date.now() - started) / 1000)} s)`,
    );
  } catch (e) {
    console.log(`${name}: ${passed} passed, 1 failed`);
    console.error(e.stack ?? String(e));
    if (problems.length) console.error(problems.join('\n'));
    process.exitCode = 1;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function signIn(page, username) {
  await page.goto(`${BASE}/`);
  await page.getByRole('heading', { name: 'Sign in to Beacon' }).waitFor();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The header shows the display name when the server sends one; the username is on the element.
  await page.locator(`.user [data-username="${username}"]`).waitFor();
}

export async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Beacon' }).waitFor();
  await page.getByText('You have signed out.').waitFor();
}

export const shot = (page, file) => page.screenshot({ path: join(OUT, file), fullPage: true });

/** Beacon's API as a demo user, with HTTP Basic (no session, so no CSRF token). */
export async function apiAs(username, method, path, body) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${username}:${PASSWORD}`).toString('base64')}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} as ${username}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** The caller's open task named `name` for a business key, once the engine has made it. */
export async function taskFor(username, businessKey, name, within = 20_000) {
  const deadline = Date.now() + within;
  for (;;) {
    const page = await apiAs(
      username,
      'GET',
      `/api/tasks?businessKey=${encodeURIComponent(businessKey)}&size=50`,
    );
    const task = page.items.find((t) => t.name === name);
    if (task) return task;
    if (Date.now() > deadline) {
      throw new Error(
        `no task "${name}" for ${businessKey} in ${username}'s list: ${page.items.map((t) => t.name).join(', ')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
