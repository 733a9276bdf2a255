import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { byElement, countErrors, lintFindings, serverFindings, warningFindings } from './problems';

describe('serverFindings', () => {
  it('lists the request fields first and makes element ids clickable', () => {
    const error = new ApiError(400, 'The model has 3 problem(s)', {
      Task_SignOff: "candidate group 'teachers' is not a Beacon role",
      xml: 'must not contain a DOCTYPE declaration',
      name: 'is required',
    });

    const findings = serverFindings(error);

    expect(findings.map((f) => [f.subject, f.elementId, f.text])).toEqual([
      ['Name', undefined, 'is required'],
      ['Model', undefined, 'must not contain a DOCTYPE declaration'],
      ['Task_SignOff', 'Task_SignOff', "candidate group 'teachers' is not a Beacon role"],
    ]);
    expect(findings.every((f) => f.severity === 'error' && f.source === 'server')).toBe(true);
  });

  it('shows the message alone when the server names no field', () => {
    const findings = serverFindings(
      new ApiError(403, 'Designing and deploying models is for administrators'),
    );

    expect(findings).toEqual([
      {
        severity: 'error',
        subject: 'Permission',
        text: 'Designing and deploying models is for administrators',
        source: 'server',
      },
    ]);
  });

  it('says Beacon could not be reached when the request itself failed', () => {
    expect(serverFindings(new TypeError('Failed to fetch'))[0].text).toBe(
      'Beacon could not be reached: Failed to fetch',
    );
  });
});

describe('warnings and lint', () => {
  it('turns server warnings into warnings on their elements', () => {
    expect(warningFindings({ Task_Lost: 'is offered to nobody' })).toEqual([
      {
        severity: 'warning',
        elementId: 'Task_Lost',
        subject: 'Task_Lost',
        text: 'is offered to nobody',
        source: 'server',
      },
    ]);
    expect(warningFindings(undefined)).toEqual([]);
  });

  it('maps bpmnlint categories to severities and counts the errors', () => {
    const findings = lintFindings({
      NewFlow: [
        {
          message: 'Process is missing historyTimeToLive',
          category: 'error',
          rule: 'camunda-compat/history-time-to-live',
        },
      ],
      Task_Review: [
        { message: 'Element is missing label/name', category: 'warn', rule: 'label-required' },
      ],
    });

    expect(findings.map((f) => [f.elementId, f.severity])).toEqual([
      ['NewFlow', 'error'],
      ['Task_Review', 'warning'],
    ]);
    expect(findings[0].text).toContain('(camunda-compat/history-time-to-live)');
    expect(countErrors(findings)).toBe(1);
  });
});

describe('byElement', () => {
  it('regroups the linter results by element and keeps the rule of each', () => {
    const grouped = byElement({
      'label-required': [
        { id: 'Task_A', message: 'Element is missing label/name', category: 'warn' },
        { id: 'Task_B', message: 'Element is missing label/name', category: 'warn' },
      ],
      'no-disconnected': [{ id: 'Task_A', message: 'Element is not connected', category: 'error' }],
    });

    expect(Object.keys(grouped)).toEqual(['Task_A', 'Task_B']);
    expect(grouped.Task_A.map((i) => i.rule)).toEqual(['label-required', 'no-disconnected']);
  });
});
