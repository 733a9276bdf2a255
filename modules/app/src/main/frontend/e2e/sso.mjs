// Single sign-on in Debian's Chromium. BrowserIT starts beacon.jar with BEACON_OIDC_* pointing at
// the test OpenID provider (mock-oauth2-server, run by the test JVM, whose sign-in form takes any
// subject and the ID token's claims as JSON), then runs this after smoke.mjs and roles.mjs.
//
// The DSL clicks "Sign in with School account", signs in at the provider's page and lands on the
// task list without a Beacon password; after signing out, an account the directory does not know
// is refused with a page whose link leads back to the sign-in page.

import { expect, run, shot, BASE } from './lib.mjs';

const BUTTON = 'Sign in with School account';

await run('sso', async ({ page, step, signOut }) => {
  // The provider's page asks Google Fonts for a font; there is no internet here and the page is
  // not Beacon's, so its stylesheet is answered empty rather than failing in the console.
  await page.route('**://fonts.googleapis.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
  );

  const atProvider = async (subject, claims) => {
    await page.getByRole('link', { name: BUTTON }).click();
    const username = page.locator('input[name="username"]');
    await username.waitFor();
    expect(
      new URL(page.url()).origin !== BASE,
      `the browser is at the provider, not ${page.url()}`,
    );
    await username.fill(subject);
    await page.locator('textarea[name="claims"]').fill(JSON.stringify(claims));
    await shot(page, `sso-provider-${subject}.png`);
    await page.locator('input[type="submit"]').click();
  };

  await step('the sign-in page offers the school account beside the password form', async () => {
    await page.goto(`${BASE}/`);
    await page.getByRole('heading', { name: 'Sign in to Beacon' }).waitFor();
    await page.getByRole('link', { name: BUTTON }).waitFor();
    await page.getByLabel('Password').waitFor();
    await shot(page, 'sso-01-sign-in.png');
  });

  await step("dsl signs in at the provider's page and lands on the task list", async () => {
    await atProvider('dsl-at-school', { preferred_username: 'dsl', amr: ['pwd', 'mfa'] });
    await page.locator('.user [data-username="dsl"]').waitFor();
    await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
    expect(new URL(page.url()).origin === BASE, `back at Beacon, not ${page.url()}`);
    await shot(page, 'sso-02-tasks.png');
  });

  await step('dsl signs out', signOut);

  await step('an account Beacon does not know is refused with a page that leads back', async () => {
    await atProvider('stranger', { email: 'stranger@elsewhere.example' });
    await page.getByRole('heading', { name: 'Not signed in' }).waitFor();
    await page.getByText('Beacon has no account for stranger@elsewhere.example').waitFor();
    await shot(page, 'sso-03-refused.png');
    await page.getByRole('link', { name: 'Back to the Beacon sign-in page' }).click();
    await page.getByRole('heading', { name: 'Sign in to Beacon' }).waitFor();
  });
});
