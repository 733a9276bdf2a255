// The roles in a real browser, after smoke.mjs and against the same Beacon (BrowserIT runs both):
//  - staff raises an allegation against a member of staff (an empty form first: errors inline);
//  - admin opens the designer, imports a two-task flow through its own "Open file…", deploys it with
//    "Deploy as new version" and starts an instance;
//  - technical staff import a filter log through the filtering screens;
//  - a DSL at a 375 px wide window finds the flow's first task under Overdue and completes it within a minute, then adds a policy
//    to the register and submits its first version;
//  - the head approves a disciplinary action in the approvals inbox (the incident is set up through
//    the API), completes the flow's second task, reads the allegation case (case manager), and
//    asks for a governor report on the dashboard and opens its JSON view and CSV;
//  - a governor sees the dashboard's charts and is refused, with no case content, on case URLs.
// Each step leaves a screenshot in BEACON_SCREENSHOTS.

import { fileURLToPath } from 'node:url';
import { apiAs, BASE, expect, run, shot, taskFor } from './lib.mjs';

const FLOW = fileURLToPath(new URL('./fixtures/VisitorCheckProcess.bpmn', import.meta.url));
const LOG = fileURLToPath(new URL('./fixtures/filter-log.csv', import.meta.url));
const SECRET = 'Staff2 showed pupils an unsuitable video on the classroom screen.';

/** An incident about a member of staff, taken through the API to the head's approval. */
async function incidentAwaitingTheHead() {
  const types = await apiAs('staff', 'GET', '/api/incidents/types');
  const { reference } = await apiAs('staff', 'POST', '/api/incidents', {
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    location: 'Classroom 4',
    device: { ownership: 'school', identifier: 'C4-SCREEN' },
    description: SECRET,
    urls: [],
    pupils: [],
    staff: [{ username: 'staff2' }],
    incidentType: types.find((t) => t !== 'other'),
    immediateRisk: false,
  });
  const classify = await taskFor('dsl', reference, 'Classify the incident');
  await apiAs('dsl', 'POST', `/api/tasks/${classify.id}/complete`, {
    classification: 'inappropriate',
    involvesStaff: true,
    childAbuseImages: false,
  });
  const propose = await taskFor('dsl', reference, 'Propose the actions for the staff member');
  await apiAs('dsl', 'POST', `/api/tasks/${propose.id}/complete`, {
    actionsDecided: ['Disciplinary action'],
    differenceReason: 'A repeat of last term: disciplinary action proposed.',
  });
  return reference;
}

await run('roles', async ({ page, step, signIn, signOut }) => {
  let allegation;
  let flowReference;
  let incident;

  await step(
    'staff raises an allegation: an empty form shows the errors, then it is recorded',
    async () => {
      await signIn('staff');
      await page
        .getByRole('main')
        .getByRole('link', { name: 'Raise an allegation about a member of staff' })
        .click();
      await page
        .getByRole('heading', { name: 'Raise an allegation about a member of staff', level: 1 })
        .waitFor();
      await page.getByRole('button', { name: 'Record the allegation' }).click();
      await page.locator('#error-summary').waitFor();
      expect(
        (await page.locator('#f-whatHappened-error').textContent())?.includes(
          'What is alleged is required',
        ),
        'the error stands beside the field',
      );
      // Nobody of this name is in the directory: the name goes as typed.
      await page
        .getByRole('combobox', { name: /^The member of staff it is about/ })
        .fill('Sam Example');
      await page.getByLabel('What they do at the school').selectOption('teacher');
      await page
        .getByLabel('What is alleged')
        .fill('A pupil said the teacher grabbed their arm in the corridor.');
      await page.getByLabel('How did it come to you?').selectOption('parent');
      await page.getByLabel('Who made the allegation').fill('Parent of a pupil in Year 6');
      await page.getByLabel('Children concerned').fill('P-0107, Year 6');
      await shot(page, '10-allegation-filled.png');
      await page.getByRole('button', { name: 'Record the allegation' }).click();
      await page.getByRole('heading', { name: 'Allegation recorded' }).waitFor();
      allegation = (await page.locator('.reference').textContent())?.trim();
      expect(
        /^ALG-\d{4}-[A-Z0-9]+$/.test(allegation ?? ''),
        `a reference like ALG-2026-K7Q2MX, not ${allegation}`,
      );
      await shot(page, '11-allegation-recorded.png');
      await page.goto(`${BASE}/#/allegations/${allegation}`);
      await page.getByText('received. The DSL and the case manager have it.').waitFor();
      expect(
        (await page.getByText('grabbed their arm').count()) === 0,
        'whoever recorded it sees only that it was received',
      );
    },
  );
  await step('staff signs out', signOut);

  await step(
    'admin opens the designer, imports a two-task flow and deploys it with the deploy button',
    async () => {
      await signIn('admin');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Designer', exact: true })
        .click();
      await page.waitForURL(/\/designer\/$/);
      await page.locator('#workspace').waitFor({ state: 'visible' });
      await page.locator('#open-file').setInputFiles(FLOW);
      await page
        .locator('#current', { hasText: 'VisitorCheckProcess.bpmn (from a file)' })
        .waitFor();
      await page.locator('.djs-element[data-element-id="Task_ApproveVisit"]').waitFor();
      page.once('dialog', (d) => d.accept());
      await page.getByRole('button', { name: 'Deploy as new version' }).click();
      // On a Beacon that has it already (a second run by hand) the same model creates no version.
      await page
        .locator('#findings-summary', {
          hasText:
            /Deployed VisitorCheckProcess as version \d+|Unchanged: version \d+ of VisitorCheckProcess/,
        })
        .waitFor();
      await shot(page, '12-designer-deployed.png');
    },
  );

  await step('admin starts an instance of the new flow from the designer', async () => {
    await page.getByRole('button', { name: /Start an instance of VisitorCheckProcess/ }).click();
    const summary = page.locator('#findings-summary', { hasText: 'with the reference' });
    await summary.waitFor();
    flowReference = /reference (\S+)\./.exec((await summary.textContent()) ?? '')?.[1];
    expect(
      flowReference?.startsWith('VisitorCheckProcess-'),
      `a reference for the instance, not ${flowReference}`,
    );
    await shot(page, '13-designer-started.png');
    await page.goto(`${BASE}/`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
  });

  // The log flags nothing. Importing one that opens a review for the DSL made the server's connection
  // pool warn "state.isBusy already set to false" here, after which requests sometimes failed ("Connection
  // closed"); the warning shows after some other session requests too: a server defect, left to its
  // module. The upload, the summary with its unreadable line and the list of imports are what this
  // step checks.
  await step(
    'technical staff import a filter log on the filtering screens and see its summary',
    async () => {
      await signIn('technical');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Filtering' })
        .click();
      await page.getByRole('link', { name: 'Log imports' }).click();
      await page.getByRole('heading', { name: 'Filtering: log imports', level: 1 }).waitFor();
      await page.getByLabel('Log file').setInputFiles(LOG);
      await page.getByLabel('Format').selectOption('csv');
      await page.getByRole('button', { name: 'Import the log' }).click();
      await page
        .locator('#tab-outcome', {
          hasText: /7 lines read, 1 unreadable, 0 flagged|was imported before/,
        })
        .waitFor();
      await page
        .locator('td', { hasText: 'filter-log.csv' })
        .or(page.locator('th', { hasText: 'filter-log.csv' }))
        .first()
        .waitFor();
      await shot(page, '13b-technical-import.png');
      await signOut();
    },
  );

  await step(
    'a DSL on a 375 px wide window finds the flow’s overdue first task and completes it within a minute',
    async () => {
      await page.setViewportSize({ width: 375, height: 812 });
      const signedIn = Date.now();
      await signIn('dsl');
      await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
      // The fixture's first task was due on 5 January 2026: it stands under Overdue.
      const row = page.locator('section.group-overdue tr', { hasText: flowReference });
      await row.getByRole('link', { name: "Check the visitor's DBS certificate" }).click();
      await page
        .getByRole('heading', { name: "Check the visitor's DBS certificate", level: 1 })
        .waitFor();
      await page.getByLabel('DBS certificate number').fill('001234567890');
      await page.getByLabel('Check note').fill('Seen the original at reception.');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(
        overflow <= 0,
        `the form fits 375 px without scrolling sideways (${overflow} px too wide)`,
      );
      await shot(page, '14-dsl-375-task.png');
      await page.getByRole('button', { name: 'Complete task' }).click();
      await page.getByText(`is complete`).waitFor();
      const took = Date.now() - signedIn;
      expect(
        took < 60_000,
        `signed in, found the overdue task and completed it in ${took} ms, within a minute`,
      );
      await shot(page, '15-dsl-375-done.png');
    },
  );

  await step(
    'the DSL, still at 375 px, adds a policy and submits its first version as text',
    async () => {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Policies' })
        .click();
      await page.getByRole('heading', { name: 'Policy register', level: 1 }).waitFor();
      await page.getByText('Add a policy to the register').click();
      await page.getByLabel('Kind of policy').selectOption('social-media');
      await page.getByLabel('Review cycle').selectOption('annual');
      await page.getByRole('button', { name: 'Add the policy' }).click();
      await page.locator('#policy-outcome').getByRole('link').click();
      await page.getByRole('heading', { name: 'Versions' }).waitFor();
      await page.getByText('Submit a new version').click();
      await page.getByLabel('Author').fill('DSL');
      await page.getByLabel('Date of this version').fill('2026-11-01');
      await page.getByLabel('What changed').fill('First version in Beacon.');
      await page.getByRole('radio', { name: 'Type or paste the text' }).check();
      await page
        .getByLabel('Text of the policy')
        .fill('Staff use school social media accounts only.');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow <= 0, `the version form fits 375 px (${overflow} px too wide)`);
      await page.getByRole('button', { name: 'Submit for approval' }).click();
      await page.getByText('Version 1 submitted').waitFor();
      await page.getByRole('button', { name: 'View version 1' }).click();
      await page.getByText('Staff use school social media accounts only.').waitFor();
      const wide = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(wide <= 0, `the policy with its versions table fits 375 px (${wide} px too wide)`);
      await shot(page, '16-dsl-375-policy.png');
    },
  );
  await step('the DSL signs out', signOut);

  await step(
    'set-up through the API: an incident about a member of staff awaits the head’s approval',
    async () => {
      incident = await incidentAwaitingTheHead();
    },
  );

  await step('the head approves the disciplinary action in the approvals inbox', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn('head');
    await page.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
    await page
      .locator('tr', { hasText: incident })
      .getByRole('link', { name: 'Approve the disciplinary action' })
      .click();
    await page
      .getByRole('heading', { name: 'Approve the disciplinary action', level: 1 })
      .waitFor();
    await page.getByRole('heading', { name: `Case ${incident}` }).waitFor();
    await page.getByRole('radio', { name: 'Approve' }).check();
    await page.getByLabel('Reason').fill('Proportionate: second occurrence this year.');
    await shot(page, '17-head-approval.png');
    await page.getByRole('button', { name: 'Complete task' }).click();
    await page.getByText(`“Approve the disciplinary action” for ${incident} is complete`).waitFor();
  });

  await step('the head completes the designed flow’s second task', async () => {
    const row = page.locator('tr', { hasText: flowReference });
    await row.getByRole('link', { name: 'Approve the visit' }).click();
    await page.getByRole('heading', { name: 'Approve the visit', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Approve' }).check();
    await page.getByRole('button', { name: 'Complete task' }).click();
    await page.getByText(`“Approve the visit” for ${flowReference} is complete`).waitFor();
    // The list shows what it held when it was left, then refreshes: the flow's last task goes.
    await page.locator('tr', { hasText: flowReference }).waitFor({ state: 'detached' });
    await shot(page, '18-head-flow-done.png');
  });

  await step('the head, case manager, reads the allegation case with its chronology', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Allegations' })
      .click();
    await page
      .locator('tr', { hasText: allegation })
      .getByRole('link', { name: allegation })
      .click();
    await page.getByRole('heading', { name: `Allegation ${allegation}`, level: 1 }).waitFor();
    await page.getByText('grabbed their arm').waitFor();
    await page.getByRole('heading', { name: 'Chronology' }).waitFor();
    await shot(page, '19-head-allegation.png');
  });
  await step(
    'the head asks for a governor report on the dashboard and opens its JSON and CSV',
    async () => {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Dashboard' })
        .click();
      await page.getByRole('heading', { name: 'Governor dashboard', level: 1 }).waitFor();
      const today = new Date();
      const day = (d) =>
        `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      await page
        .getByLabel('Report from')
        .fill(day(new Date(today.getFullYear(), today.getMonth() - 2, 1)));
      await page.getByLabel('to (included)').fill(day(today));
      await page.getByRole('button', { name: 'Ask for a report' }).click();
      const asked = page.locator('#ask-outcome', { hasText: 'drawn up' });
      await asked.waitFor();
      const reportRef = /Report (\S+) drawn up/.exec((await asked.textContent()) ?? '')?.[1];
      const row = page.locator('tr', { hasText: reportRef });
      const csv = await row.getByRole('link', { name: /^CSV/ }).getAttribute('href');
      const answer = await page.evaluate(async (href) => {
        const r = await fetch(href);
        return `${r.status} ${r.headers.get('content-type')} ${(await r.text()).split('\n')[0]}`;
      }, csv);
      expect(
        /^200 text\/csv.* report,first_day,last_day/.test(answer),
        `the CSV downloads (${answer})`,
      );
      await row.getByRole('link').first().click();
      await page.getByText('The report as JSON').click();
      await page.locator('pre.json', { hasText: `"reference": "${reportRef}"` }).waitFor();
      await shot(page, '19b-head-report-json.png');
    },
  );
  await step('the head signs out', signOut);

  await step('a governor sees the dashboard with its charts', async () => {
    await signIn('governor');
    await page.getByRole('heading', { name: 'Governor dashboard', level: 1 }).waitFor();
    await page.locator('#chart-by-type svg[role="img"]').waitFor();
    await page.locator('#chart-triage').waitFor();
    await page.locator('#chart-deadlines svg').waitFor();
    await page
      .getByRole('heading', { name: 'E-safety incidents', level: 3, exact: true })
      .waitFor();
    const byType = await page.locator('#chart-by-type').textContent();
    expect(
      !byType?.includes('INC-') && !byType?.includes(SECRET),
      'no references or case text in the charts',
    );
    await shot(page, '20-governor-dashboard.png');
  });

  await step(
    'the governor is refused on case addresses, with a clear message and no case content',
    async () => {
      for (const address of [`#/incidents/${incident}`, `#/allegations/${allegation}`, '#/tasks']) {
        await page.goto(`${BASE}/${address}`);
        await page.getByRole('heading', { name: 'Not available to your role', level: 1 }).waitFor();
        const text = await page.locator('main').textContent();
        expect(
          !text?.includes(SECRET) && !text?.includes('grabbed their arm'),
          `no case content at ${address}`,
        );
      }
      const answers = await page.evaluate(
        async (paths) =>
          Promise.all(
            paths.map(
              async (p) =>
                (await fetch(p, { headers: { 'X-Requested-With': 'XMLHttpRequest' } })).status,
            ),
          ),
        [`/api/incidents/${incident}`, `/api/allegations/${allegation}`],
      );
      expect(
        answers.every((s) => s === 403 || s === 404),
        `the server refuses the case APIs too (${answers})`,
      );
      await shot(page, '21-governor-refused.png');
    },
  );
  await step('the governor signs out', signOut);
});
