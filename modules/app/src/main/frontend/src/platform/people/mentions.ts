// Names given in a case that may mean several people, or match someone only loosely: a DSL says
// which person it is ("This is them") or that it is none of them. Until then the server keeps
// everyone the name may mean away from the case, so the notice says so and stands at the top.

import { html, nothing, type TemplateResult } from 'lit-html';
import type { Person, PersonMention } from './api';

/** The mentions still waiting for a decision (linked, rejected and settled ones need nothing more). */
export function toConfirm(mentions: PersonMention[] | null | undefined): PersonMention[] {
  return (mentions ?? []).filter((m) => m.status === 'to-review');
}

const PART: Record<PersonMention['part'], string> = {
  subject: 'the person the case is about',
  reporter: 'who reported it',
};

const MATCH: Record<PersonMention['match'], string> = {
  exact: 'matches more than one person exactly',
  ambiguous: 'may mean more than one person',
  loose: 'matches only loosely',
  nobody: 'matches nobody in the directory',
};

export interface MentionHandlers {
  link(mention: PersonMention, person: Person): void;
  reject(mention: PersonMention): void;
  /** the mention whose decision is being sent, if any: its buttons wait */
  busy?: number;
  problem?: string;
}

export function renderPeopleToConfirm(
  mentions: PersonMention[],
  on: MentionHandlers,
): TemplateResult | typeof nothing {
  if (mentions.length === 0) return nothing;
  return html`<section
    class="notice people-to-confirm"
    id="people-to-confirm"
    tabindex="-1"
    aria-labelledby="people-to-confirm-title"
  >
    <h2 id="people-to-confirm-title">Names to confirm</h2>
    <p>Until you confirm who a name means, everyone it may mean is kept away from this case.</p>
    ${on.problem ? html`<p class="field-error" role="alert"><span class="visually-hidden">Error: </span>${on.problem}</p>` : nothing}
    ${mentions.map((m) => {
      const waiting = on.busy === m.id;
      const titleId = `mention-${m.id}`;
      return html`<div class="mention" role="group" aria-labelledby=${titleId}>
        <p id=${titleId}>
          <strong>“${m.asGiven}”</strong>, given as ${PART[m.part] ?? m.part} in ${m.caseReference},
          ${MATCH[m.match] ?? m.match}.
        </p>
        ${
          m.people.length > 0
            ? html`<ul class="candidates">
                ${m.people.map(
                  (p) =>
                    html`<li>
                      <span
                        ><span class="person-name">${p.displayName}</span>${
                          p.roles.length > 0
                            ? html` — <span class="person-roles">${p.roles.join(', ')}</span>`
                            : nothing
                        }</span
                      >
                      <button
                        type="button"
                        class="secondary"
                        ?disabled=${waiting}
                        @click=${() => on.link(m, p)}
                      >
                        This is them<span class="visually-hidden"
                          >: ${p.displayName} is “${m.asGiven}”</span
                        >
                      </button>
                    </li>`,
                )}
              </ul>`
            : nothing
        }
        <button type="button" class="secondary" ?disabled=${waiting} @click=${() => on.reject(m)}>
          None of these<span class="visually-hidden"> is “${m.asGiven}”</span>
        </button>
      </div>`;
    })}
  </section>`;
}
