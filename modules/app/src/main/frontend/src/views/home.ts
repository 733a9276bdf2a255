import { html, nothing } from 'lit-html';
import type { Context, View } from '../app';
import { incidentLogLabel, navFor } from '../roles';

/** Staff's landing: the two things they come for, as big touch targets. */
export function homeView(ctx: Context): View {
  const flash = ctx.takeFlash();
  const roles = ctx.session.roles;
  return {
    title: () => 'Beacon',
    render: () => html`
      ${flash ? html`<div class="notice success" role="status">${flash}</div>` : nothing}
      ${roles.includes('staff')
        ? html`
            <p class="lead">Worried about something you saw or heard online, or on a school device? Report it now.</p>
            <ul class="big-links">
              <li><a class="button big-link primary" href="#/report">Report an incident</a></li>
              <li><a class="button big-link" href="#/incidents">${incidentLogLabel(roles)}</a></li>
            </ul>
            <p class="urgent" role="note"><strong>A child in immediate danger?</strong> Call 999 now, then tell the DSL in person.</p>
          `
        : html`<ul class="big-links">
            ${navFor(roles).map((item) => html`<li><a class="button big-link" href=${item.href}>${item.label}</a></li>`)}
          </ul>`}
    `,
  };
}

/** Governors get anonymised reports only, from a module still to come: no case data here. */
export function governorView(): View {
  return {
    title: () => 'Governor reports',
    render: () => html`
      <p class="lead">Governor reports arrive with the governor-reporting module.</p>
      <p>
        You will find anonymised reports on e-safety incidents and the policy reviews here. Governors never see the names of
        pupils or staff.
      </p>
    `,
  };
}

export function messageView(title: string, message: string): View {
  return {
    title: () => title,
    render: () => html`<p>${message}</p>`,
  };
}
