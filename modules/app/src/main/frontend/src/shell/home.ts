import { html, nothing } from 'lit-html';
import type { Context, View } from './app';
import { incidentLogLabel, navFor } from './roles';

/** Staff's landing: what they come for, as big touch targets; for other roles, a link to each of their screens. */
export function homeView(ctx: Context): View {
  const flash = ctx.takeFlash();
  const roles = ctx.session.roles;
  return {
    title: () => (roles.includes('staff') ? 'Beacon' : 'Your work in Beacon'),
    render: () => html`
      ${flash ? html`<div class="notice success" role="status">${flash}</div>` : nothing}
      ${
        roles.includes('staff')
          ? html`
              <p class="lead">
                Worried about something you saw or heard online, or on a school device? Report it
                now.
              </p>
              <ul class="big-links">
                <li><a class="button big-link primary" href="#/report">Report an incident</a></li>
                <li>
                  <a class="button big-link" href="#/incidents">${incidentLogLabel(roles)}</a>
                </li>
                <li>
                  <a class="button big-link" href="#/allegations/new"
                    >Raise an allegation about a member of staff</a
                  >
                </li>
                <li><a class="button big-link" href="#/report-site">Report a website</a></li>
                <li><a class="button big-link" href="#/policies">Policies</a></li>
              </ul>
              <p class="urgent" role="note">
                <strong>A child in immediate danger?</strong> Call 999 now, then tell the DSL in
                person.
              </p>
            `
          : html`<ul class="big-links">
              ${navFor(roles)
                .filter((item) => item.route !== 'home')
                .map(
                  (item) =>
                    html`<li><a class="button big-link" href=${item.href}>${item.label}</a></li>`,
                )}
            </ul>`
      }
    `,
  };
}

export function messageView(title: string, message: string): View {
  return {
    title: () => title,
    render: () => html`<p>${message}</p>`,
  };
}
