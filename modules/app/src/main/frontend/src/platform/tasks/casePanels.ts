// The case beside a task: each business module registers, from its own index, how to show the
// case of the processes it owns, keyed by process definition; the task view only looks it up.

import type { TemplateResult } from 'lit-html';

/**
 * Loads and draws the case a task belongs to, by its reference (the task's business key).
 * Undefined when there is nothing to show: need to know (a 403 or 404 shows nothing of the case).
 */
export type CasePanel = (reference: string) => Promise<TemplateResult | undefined>;

const panels = new Map<string, CasePanel>();

/** Registers the panel for one or more process definition keys; a key has at most one panel. */
export function registerCasePanel(
  processDefinitionKeys: string | string[],
  panel: CasePanel,
): void {
  for (const key of ([] as string[]).concat(processDefinitionKeys)) {
    if (panels.has(key)) {
      throw new Error(`A case panel is registered for ${key} already`);
    }
    panels.set(key, panel);
  }
}

/** The panel for a task's process definition, if a module registered one. */
export function casePanelFor(
  processDefinitionKey: string | null | undefined,
): CasePanel | undefined {
  return processDefinitionKey ? panels.get(processDefinitionKey) : undefined;
}

/** The panel's content, or undefined when the user may not see the case or there is none. */
export async function loadCasePanel(
  processDefinitionKey: string | null | undefined,
  reference: string | null | undefined,
): Promise<TemplateResult | undefined> {
  const panel = casePanelFor(processDefinitionKey);
  if (!panel || !reference) return undefined;
  try {
    return await panel(reference);
  } catch {
    // Need to know: a refusal (403/404) or a failure shows nothing of the case.
    return undefined;
  }
}
