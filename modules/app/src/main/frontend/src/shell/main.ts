// The shell: who is signed in, the navigation for their roles, hash routing, the idle time-out,
// and the one aria-live region every view announces through.

import '../styles.css';
import { html, nothing, render } from 'lit-html';
import {
  type Session,
  useCsrfToken,
  whenPasswordChangeRequired,
  whenTwoFactorEnrolmentRequired,
  whenUnauthenticated,
} from '../platform/http';
import { sessionApi } from './api';
import type { Context, View } from './app';
import { landingFor, mayOpen, navFor, type RouteName } from './roles';
import { showSignIn } from './signIn';
import { homeView, messageView } from './home';
import { forgetTaskList, taskListView } from '../platform/tasks/taskList';
import { taskView } from '../platform/tasks/task';
import { forgetReportDraft, incidentLogView, incidentView, reportView } from '../incidents';
import { auditView } from '../platform/audit/audit';
import { allegationListView, allegationView, raiseAllegationView } from '../allegations';
import {
  changeRequestView,
  filteringReportView,
  filteringView,
  reportSiteView,
} from '../filtering';
import { dashboardView, governorReportView, policyListView, policyView } from '../governors';
import type { FilteringTab } from './roles';
import { peopleView } from '../platform/people/people';
import { pupilsView } from '../platform/pupils/pupils';
import { accountView, choosePasswordView } from './account';
import { enrolTwoFactorView } from './twoFactor';
import { myRecordsView, optOutsView, schoolRecordsView, signAtSignInView } from '../records/views';
import { declarationsView } from '../records/declarations';
import { records, type MyAgreement } from '../records/api';
import { toSignAtSignIn } from '../records/signing';
import {
  incomingFileView,
  subjectAccessListView,
  subjectAccessView,
  transfersView,
} from '../platform/disclosure/views';

/** The server ends a session after 30 idle minutes; polling must not keep it alive for someone who left. */
const IDLE_LIMIT_MS = 30 * 60 * 1000;

const root = document.getElementById('app')!;
// lit-html renders next to what is already there: the static "Loading" text goes first.
root.replaceChildren();
let session: Session | null = null;
let view: View | null = null;
let currentRoute: RouteName | null = null;
let announcement = '';
let pendingFlash: string | undefined;
let lastActivity = Date.now();
/** Agreements to sign before anything else (issue 22): asked once after signing in. */
let agreementsToSign: MyAgreement[] = [];
let skippedAgreements = false;

const context = (): Context => ({
  session: session!,
  update: draw,
  navigate: (hash) => {
    if (location.hash === hash) {
      route();
    } else {
      location.hash = hash;
    }
  },
  announce,
  flash: (message) => (pendingFlash = message),
  takeFlash: () => {
    const message = pendingFlash;
    pendingFlash = undefined;
    return message;
  },
});

function announce(message: string): void {
  // Emptied first, so the same words said twice are heard twice.
  announcement = '';
  draw();
  window.setTimeout(() => {
    announcement = message;
    draw();
  }, 50);
}

function parse(hash: string): { segments: string[]; query: URLSearchParams } {
  const [path, query] = hash.replace(/^#\/?/, '').split('?', 2);
  return {
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(query ?? ''),
  };
}

function create(
  segments: string[],
  query: URLSearchParams,
): { name: RouteName | null; view: View } {
  const ctx = context();
  const [first, second, third] = segments;
  switch (first) {
    case 'home':
      return { name: 'home', view: homeView(ctx) };
    case 'tasks':
      return second
        ? { name: 'task', view: taskView(ctx, second) }
        : { name: 'tasks', view: taskListView(ctx) };
    case 'report':
      return { name: 'report', view: reportView(ctx) };
    case 'incidents':
      return second
        ? { name: 'incident', view: incidentView(ctx, second) }
        : { name: 'incidents', view: incidentLogView(ctx, query) };
    case 'audit':
      return { name: 'audit', view: auditView(ctx, query) };
    case 'governor':
      return second === 'reports' && third
        ? { name: 'governor-report', view: governorReportView(ctx, third) }
        : { name: 'governor', view: dashboardView(ctx, query) };
    case 'allegations':
      if (second === 'new') return { name: 'raise-allegation', view: raiseAllegationView(ctx) };
      return second
        ? { name: 'allegation', view: allegationView(ctx, second) }
        : { name: 'allegations', view: allegationListView(ctx) };
    case 'report-site':
      return { name: 'report-site', view: reportSiteView(ctx) };
    case 'filtering':
      if (second === 'reports' && third)
        return { name: 'filtering-report', view: filteringReportView(ctx, third) };
      if (second === 'changes' && third)
        return { name: 'change-request', view: changeRequestView(ctx, third) };
      return { name: 'filtering', view: filteringView(ctx, second as FilteringTab | undefined) };
    case 'policies':
      return second
        ? { name: 'policy', view: policyView(ctx, second) }
        : { name: 'policies', view: policyListView(ctx) };
    case 'people':
      return { name: 'people', view: peopleView(ctx) };
    case 'pupils':
      return { name: 'pupils', view: pupilsView(ctx) };
    case 'account':
      return { name: 'account', view: accountView(ctx) };
    case 'subject-access':
      return second
        ? { name: 'subject-access-request', view: subjectAccessView(ctx, second) }
        : { name: 'subject-access', view: subjectAccessListView(ctx) };
    case 'transfers':
      return second
        ? { name: 'transfer', view: incomingFileView(ctx, second) }
        : { name: 'transfers', view: transfersView(ctx) };
    case 'records':
      if (second === 'me') return { name: 'my-records', view: myRecordsView(ctx) };
      if (second === 'opt-outs') return { name: 'opt-outs', view: optOutsView(ctx) };
      if (second === 'declarations') return { name: 'declarations', view: declarationsView(ctx) };
      return { name: 'school-records', view: schoolRecordsView(ctx) };
    default:
      return {
        name: null,
        view: messageView(
          'Page not found',
          'There is no page at this address. Use the menu above.',
        ),
      };
  }
}

function route(): void {
  if (!session) {
    return;
  }
  if (session.mustChangePassword) {
    // Every other request answers 403 until the person chooses a password: this is the whole page.
    view?.dispose?.();
    view = choosePasswordView(context(), () => {
      session = { ...session!, mustChangePassword: false };
      context().flash('Your new password is saved.');
      location.replace(landingFor(session.roles));
      route();
    });
    currentRoute = null;
    draw();
    requestAnimationFrame(() =>
      document.getElementById('page-title')?.focus({ preventScroll: false }),
    );
    return;
  }
  if (session.twoFactor?.enrolmentRequired) {
    // Every other request answers 403 until the person enrols: this is the whole page.
    view?.dispose?.();
    view = enrolTwoFactorView(context(), () => {
      session = {
        ...session!,
        twoFactor: { enrolled: true, required: true, enrolmentRequired: false },
      };
      context().flash('Two-factor sign-in is set up.');
      location.replace(landingFor(session.roles));
      route();
    });
    currentRoute = null;
    draw();
    requestAnimationFrame(() =>
      document.getElementById('page-title')?.focus({ preventScroll: false }),
    );
    return;
  }
  const pending = toSignAtSignIn(agreementsToSign, skippedAgreements);
  if (pending.length > 0) {
    // The staff AUP (and any agreement due) comes first, until signed or, where allowed, skipped.
    view?.dispose?.();
    view = signAtSignInView(context(), pending, (skipped) => {
      if (skipped) {
        skippedAgreements = true;
      } else {
        agreementsToSign = [];
        context().flash('Thank you: your signature is recorded.');
      }
      route();
    });
    currentRoute = null;
    draw();
    requestAnimationFrame(() =>
      document.getElementById('page-title')?.focus({ preventScroll: false }),
    );
    return;
  }
  const { segments, query } = parse(location.hash);
  if (segments.length === 0) {
    location.replace(landingFor(session.roles));
    return;
  }
  view?.dispose?.();
  let next = create(segments, query);
  if (next.name && !mayOpen(session.roles, next.name)) {
    next.view.dispose?.();
    next = {
      name: null,
      view: messageView(
        'Not available to your role',
        'This page is not part of your work in Beacon, so nothing of it is shown. Use the menu above.',
      ),
    };
  }
  view = next.view;
  currentRoute = next.name;
  draw();
  // A new page: tell screen readers where they are, as a page load would.
  requestAnimationFrame(() =>
    document.getElementById('page-title')?.focus({ preventScroll: false }),
  );
}

function draw(): void {
  if (!session || !view) {
    return;
  }
  document.title = `${view.title()} – Beacon`;
  const nav =
    session.mustChangePassword ||
    session.twoFactor?.enrolmentRequired ||
    toSignAtSignIn(agreementsToSign, skippedAgreements).length
      ? []
      : navFor(session.roles);
  render(
    html`
      <a
        class="skip-link"
        href="#main"
        @click=${(e: Event) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
        >Skip to main content</a
      >
      <header class="topbar">
        <a class="brand" href=${landingFor(session.roles)}>Beacon</a>
        <nav aria-label="Main">
          <ul>
            ${nav.map(
              (item) =>
                html`<li>
                  <a
                    href=${item.href}
                    aria-current=${item.route && isCurrent(item.route) ? 'page' : nothing}
                    >${item.label}</a
                  >
                </li>`,
            )}
          </ul>
        </nav>
        <div class="user">
          <span
            >Signed in as
            <strong data-username=${session.username}
              >${session.displayName || session.username}</strong
            ></span
          >
          <button type="button" class="link-button" @click=${signOut}>Sign out</button>
        </div>
      </header>
      <div id="announcer" class="visually-hidden" aria-live="polite" aria-atomic="true">
        ${announcement}
      </div>
      <main id="main" tabindex="-1">
        <h1 id="page-title" tabindex="-1">${view.title()}</h1>
        ${view.render()}
      </main>
    `,
    root,
  );
}

/** A page inside a section marks the section's menu entry as current. */
const SECTION: Partial<Record<RouteName, RouteName>> = {
  task: 'tasks',
  incident: 'incidents',
  allegation: 'allegations',
  'raise-allegation': 'allegations',
  'filtering-report': 'filtering',
  'change-request': 'filtering',
  'report-site': 'filtering',
  policy: 'policies',
  'governor-report': 'governor',
};

function isCurrent(item: RouteName): boolean {
  return item === currentRoute || (currentRoute !== null && SECTION[currentRoute] === item);
}

async function start(signedIn: Session): Promise<void> {
  session = signedIn;
  useCsrfToken(signedIn.csrfToken);
  lastActivity = Date.now();
  skippedAgreements = false;
  agreementsToSign = [];
  if (!signedIn.mustChangePassword && !signedIn.twoFactor?.enrolmentRequired) {
    try {
      agreementsToSign = (await records.me()).mustSign;
    } catch {
      // The records are not reachable: the agreements are asked for at the next sign-in.
    }
  }
  if (!location.hash || location.hash === '#' || location.hash === '#/') {
    // The hash change routes; routing here as well would open the landing page twice.
    location.replace(landingFor(signedIn.roles));
    return;
  }
  route();
}

function signedOut(message: string | undefined): void {
  if (!session && message === undefined) {
    return;
  }
  session = null;
  view?.dispose?.();
  view = null;
  currentRoute = null;
  useCsrfToken(undefined);
  render(nothing, root);
  showSignIn(root, { message, onSignedIn: start });
}

async function signOut(): Promise<void> {
  try {
    await sessionApi.signOut();
  } catch {
    // Signed out already (session ended); the page says the same either way.
  }
  location.replace('#/');
  signedOut('You have signed out.');
  // After the view was left (leaving the task list remembers it).
  forgetReportDraft();
  forgetTaskList();
}

whenPasswordChangeRequired(() => {
  if (session && !session.mustChangePassword) {
    session = { ...session, mustChangePassword: true };
    route();
  }
});

whenTwoFactorEnrolmentRequired(() => {
  if (session && !session.twoFactor?.enrolmentRequired) {
    session = {
      ...session,
      twoFactor: { enrolled: false, required: true, enrolmentRequired: true },
    };
    route();
  }
});

whenUnauthenticated(() => {
  if (session) {
    signedOut(
      'Your session has ended (30 minutes without activity, or you signed out elsewhere). Sign in again to carry on.',
    );
  }
});

for (const event of ['pointerdown', 'keydown', 'input', 'scroll', 'touchstart']) {
  window.addEventListener(event, () => (lastActivity = Date.now()), {
    passive: true,
    capture: true,
  });
}
window.setInterval(() => {
  if (session && Date.now() - lastActivity > IDLE_LIMIT_MS) {
    void sessionApi.signOut().catch(() => undefined);
    signedOut('You were signed out after 30 minutes without activity. Sign in again to carry on.');
  }
}, 30_000);

window.addEventListener('hashchange', route);

sessionApi
  .session()
  .then(start)
  .catch(() => showSignIn(root, { onSignedIn: start }));
