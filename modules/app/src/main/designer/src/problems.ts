// Turns the server's refusals and the linter's findings into one list the page shows.

import { ApiError } from './api';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  /** The diagram element at fault, when there is one; a click selects it. */
  elementId?: string;
  /** What the text is about: "Model", "Name", "Type" or the element id. */
  subject: string;
  text: string;
  source: 'server' | 'lint';
}

/** Field keys of the server's 400 that name the request, not an element of the model. */
const REQUEST_FIELDS: Record<string, string> = {
  xml: 'Model',
  name: 'Name',
  type: 'Type',
  body: 'Request',
};

/**
 * The findings of a refused request: one per field of a 400 (element ids become clickable), or
 * the message alone when the server named no field.
 */
export function serverFindings(error: unknown): Finding[] {
  if (!(error instanceof ApiError)) {
    const text = error instanceof Error ? error.message : String(error);
    return [
      {
        severity: 'error',
        subject: 'Request',
        text: `Beacon could not be reached: ${text}`,
        source: 'server',
      },
    ];
  }
  const entries = Object.entries(error.fields);
  if (error.status !== 400 || entries.length === 0) {
    return [
      {
        severity: 'error',
        subject: subjectOfStatus(error.status),
        text: error.message,
        source: 'server',
      },
    ];
  }
  return entries
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([field, reasons]) => fieldFinding('error', field, reasons));
}

/** Warnings the server sent with a valid model or a deployment. */
export function warningFindings(warnings: Record<string, string> | undefined): Finding[] {
  return Object.entries(warnings ?? {}).map(([field, reasons]) =>
    fieldFinding('warning', field, reasons),
  );
}

export interface LintIssue {
  id?: string;
  message: string;
  category: string;
  rule?: string;
}

/** bpmnlint's issues by element id, as bpmn-js-bpmnlint reports them. */
export function lintFindings(issues: Record<string, LintIssue[]>): Finding[] {
  return Object.entries(issues).flatMap(([elementId, list]) =>
    list.map((issue) => ({
      severity: lintSeverity(issue.category),
      elementId: elementId || undefined,
      subject: elementId || 'Diagram',
      text: issue.rule ? `${issue.message} (${issue.rule})` : issue.message,
      source: 'lint' as const,
    })),
  );
}

/** bpmnlint reports by rule, regrouped by element as the linting overlay shows them. */
export function byElement(byRule: Record<string, LintIssue[]>): Record<string, LintIssue[]> {
  const grouped: Record<string, LintIssue[]> = {};
  for (const [rule, reports] of Object.entries(byRule)) {
    for (const report of reports) {
      const id = report.id ?? '';
      (grouped[id] ??= []).push({ ...report, rule: report.rule ?? rule });
    }
  }
  return grouped;
}

export function countErrors(findings: Finding[]): number {
  return findings.filter((f) => f.severity === 'error').length;
}

function fieldFinding(severity: Severity, field: string, text: string): Finding {
  const subject = REQUEST_FIELDS[field];
  return subject
    ? { severity, subject, text, source: 'server' }
    : { severity, elementId: field, subject: field, text, source: 'server' };
}

function order(field: string): number {
  return field in REQUEST_FIELDS ? 0 : 1;
}

function lintSeverity(category: string): Severity {
  if (category === 'error' || category === 'rule-error') {
    return 'error';
  }
  return category === 'warn' ? 'warning' : 'info';
}

function subjectOfStatus(status: number): string {
  switch (status) {
    case 401:
      return 'Sign-in';
    case 403:
      return 'Permission';
    default:
      return 'Request';
  }
}
