// Browser smoke test of Beacon's web UI in Debian's Chromium. BrowserIT starts beacon.jar and runs
// this, then roles.mjs; by hand:
//   BEACON_URL=http://localhost:18080 node e2e/smoke.mjs
//
// A member of staff reports an incident and sees its reference; the DSL finds the classification
// task for it, submits the form with a required field missing and sees the error beside the field,
// then completes it; both sign out.

import { expect, run, shot } from './lib.mjs';

await run('smoke', async ({ page, step, signIn, signOut }) => {
  let reference;
  await step('staff signs in and lands on Report an incident / My reports', async () => {
    await signIn('staff');
    await page.getByRole('link', { name: 'My reports' }).first().waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Report an incident' }).click();
    await page.getByRole('heading', { name: 'Report an incident', level: 1 }).waitFor();
  });

  await step('staff reports an incident (no immediate risk) and sees its reference', async () => {
    expect(
      !(await page.getByLabel('A child is at immediate risk').isChecked()),
      'immediate risk starts unticked',
    );
    await page.getByLabel('Where did it happen?').fill('IT suite 2');
    await page.getByLabel('A school device').check();
    await page.getByLabel('Which device?').fill('IT2-PC14');
    await page.getByLabel('Search the list').fill('mobile phone');
    const type = page.locator('#r-type');
    const first = await type.locator('option').nth(1).getAttribute('value');
    expect(first && first !== 'other', 'searching the types finds the mobile phone row');
    await type.selectOption(first);
    await page
      .getByLabel('What happened?')
      .fill('A pupil filmed another pupil on a phone during the lesson.');
    await page.getByRole('button', { name: 'Add a pupil' }).click();
    await page.getByLabel('Pupil 1 reference').fill('P-0042');
    await page.getByLabel('Pupil 1 year group').selectOption('Year 8');
    await shot(page, '01-report-filled.png');
    await page.getByRole('button', { name: 'Send the report' }).click();
    await page.getByRole('heading', { name: 'Report sent' }).waitFor();
    reference = (await page.locator('.reference').textContent())?.trim();
    expect(
      /^INC-\d{4}-\d+$/.test(reference ?? ''),
      `a reference like INC-2026-0001, not ${reference}`,
    );
    await shot(page, '02-report-sent.png');
  });

  await step('staff signs out', signOut);

  await step('dsl signs in and sees a task for the reference in the task list', async () => {
    await signIn('dsl');
    await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
    const row = page.locator('tr', { hasText: reference });
    await row.getByRole('link', { name: 'Classify the incident' }).waitFor();
    await shot(page, '03-dsl-tasks.png');
    await row.getByRole('link', { name: 'Classify the incident' }).click();
    await page.getByRole('heading', { name: 'Classify the incident', level: 1 }).waitFor();
    await page.getByRole('heading', { name: `Case ${reference}` }).waitFor();
  });

  await step(
    'dsl submits the classification with a required field missing and sees the inline error',
    async () => {
      await page.getByRole('radio', { name: 'Inappropriate' }).check();
      await page.getByRole('button', { name: 'Complete task' }).click();
      const summary = page.locator('#error-summary');
      await summary.waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
      const inline = page.locator('[data-field="involvesChild"] .field-error');
      expect(
        (await inline.textContent())?.includes('tick at least one'),
        'the error stands beside what it involves',
      );
      expect(
        (await page.locator('[data-field="classification"] .field-error').count()) === 0,
        'no error on the answered field',
      );
      expect(
        await page.getByRole('radio', { name: 'Inappropriate' }).isChecked(),
        'the answer given is kept',
      );
      await shot(page, '04-classify-error.png');
    },
  );

  await step(
    'dsl completes the classification and is back on the list with a confirmation',
    async () => {
      await page.getByRole('checkbox', { name: 'Involves a child (pupil)' }).check();
      await page.getByLabel('Notes').fill('Phone confiscated; parents to be told.');
      await page.getByRole('button', { name: 'Complete task' }).click();
      await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
      await page.getByText(`“Classify the incident” for ${reference} is complete`).waitFor();
      await shot(page, '05-dsl-done.png');
    },
  );

  await step('dsl signs out', signOut);
});
