import { describe, expect, it } from 'vitest';
import { filteringTabsFor, landingFor, mayOpen, navFor } from './roles';

const labels = (roles: string[]) => navFor(roles).map((i) => i.label);

describe('each role lands on its own work', () => {
  it.each([
    [
      ['staff'],
      '#/home',
      [
        'Home',
        'Report an incident',
        'My reports',
        'Raise an allegation',
        'Report a website',
        'Policies',
        'Photo opt-outs',
        'Searches and connections',
        'My agreements and training',
        'My account',
      ],
    ],
    [
      ['dsl'],
      '#/tasks',
      [
        'Home',
        'Tasks',
        'Incident log',
        'Allegations',
        'Filtering',
        'Dashboard',
        'Policies',
        'Photo opt-outs',
        'Searches and connections',
        'School records',
        'Pupils',
        'Subject access',
        'Files moving school',
        'Audit log',
        'My agreements and training',
        'My account',
      ],
    ],
    [
      ['head'],
      '#/tasks',
      [
        'Home',
        'Approvals',
        'Incident log',
        'Allegations',
        'Filtering',
        'Dashboard',
        'Policies',
        'Photo opt-outs',
        'Searches and connections',
        'School records',
        'Pupils',
        'Subject access',
        'My agreements and training',
        'My account',
      ],
    ],
    [
      ['chair'],
      '#/tasks',
      [
        'Home',
        'Tasks',
        'Allegations',
        'Report a website',
        'Policies',
        'My agreements and training',
        'My account',
      ],
    ],
    [
      ['technical'],
      '#/tasks',
      [
        'Home',
        'Tasks',
        'Raise an allegation',
        'Filtering',
        'Policies',
        'Photo opt-outs',
        'Searches and connections',
        'My agreements and training',
        'My account',
      ],
    ],
    [
      ['governor'],
      '#/governor',
      ['Home', 'Filtering', 'Dashboard', 'Policies', 'My agreements and training', 'My account'],
    ],
    [
      ['admin'],
      '#/audit',
      [
        'Home',
        'Policies',
        'Audit log',
        'People',
        'Designer',
        'My agreements and training',
        'My account',
      ],
    ],
    // The school office (issue 22): its tasks, the opt-outs and its records; no case data.
    [
      ['office'],
      '#/tasks',
      [
        'Home',
        'Tasks',
        'Policies',
        'Photo opt-outs',
        'Searches and connections',
        'School records',
        'My agreements and training',
        'My account',
      ],
    ],
  ])('%s', (roles, landing, nav) => {
    expect(landingFor(roles)).toBe(landing);
    expect(labels(roles)).toEqual(nav);
  });

  it('links admins to the designer outside the app, where it is served', () => {
    expect(navFor(['admin']).find((i) => i.label === 'Designer')?.href).toBe('/designer/');
  });

  it('offers the people directory to admins only, and everyone their own account', () => {
    expect(mayOpen(['admin'], 'people')).toBe(true);
    for (const role of ['staff', 'dsl', 'head', 'chair', 'technical', 'governor']) {
      expect(mayOpen([role], 'people')).toBe(false);
      expect(mayOpen([role], 'account')).toBe(true);
    }
  });

  it('offers subject access to the DSL and the head, and transfers to the DSL only', () => {
    expect(mayOpen(['dsl'], 'subject-access')).toBe(true);
    expect(mayOpen(['head'], 'subject-access-request')).toBe(true);
    expect(mayOpen(['head'], 'transfers')).toBe(false);
    expect(mayOpen(['dsl'], 'transfer')).toBe(true);
    for (const role of ['staff', 'chair', 'technical', 'governor', 'admin', 'office']) {
      expect(mayOpen([role], 'subject-access')).toBe(false);
      expect(mayOpen([role], 'transfers')).toBe(false);
    }
  });

  it('offers the pupil register screen to the DSL and the head only', () => {
    expect(mayOpen(['dsl'], 'pupils')).toBe(true);
    expect(mayOpen(['head'], 'pupils')).toBe(true);
    for (const role of ['staff', 'chair', 'technical', 'governor', 'admin']) {
      expect(mayOpen([role], 'pupils')).toBe(false);
    }
  });

  it('offers no case pages to governors or admins', () => {
    for (const route of [
      'tasks',
      'incidents',
      'incident',
      'report',
      'allegations',
      'allegation',
      'raise-allegation',
      'filtering-report',
    ] as const) {
      expect(mayOpen(['governor'], route)).toBe(false);
      expect(mayOpen(['admin'], route)).toBe(false);
    }
  });

  it('gives governors the dashboard and the filtering record, not its cases', () => {
    expect(mayOpen(['governor'], 'governor')).toBe(true);
    expect(filteringTabsFor(['governor'])).toEqual(['rules', 'checks', 'reviews']);
    expect(filteringTabsFor(['technical'])).toEqual([
      'reports',
      'changes',
      'rules',
      'imports',
      'checks',
      'reviews',
    ]);
    expect(filteringTabsFor(['staff'])).toEqual([]);
    expect(mayOpen(['staff'], 'filtering')).toBe(false);
  });
});

describe('the school records pages (issue 22)', () => {
  it('opens the opt-out list to members of staff and the records page to the office, the DSL and the head', () => {
    for (const role of ['staff', 'dsl', 'head', 'technical', 'office']) {
      expect(mayOpen([role], 'opt-outs')).toBe(true);
    }
    for (const role of ['chair', 'governor', 'admin']) {
      expect(mayOpen([role], 'opt-outs')).toBe(false);
    }
    expect(['office', 'dsl', 'head'].every((r) => mayOpen([r], 'school-records'))).toBe(true);
    expect(
      ['staff', 'technical', 'governor', 'admin'].some((r) => mayOpen([r], 'school-records')),
    ).toBe(false);
    expect(mayOpen(['governor'], 'my-records')).toBe(true);
  });

  it('keeps the office out of case pages', () => {
    for (const route of [
      'incidents',
      'incident',
      'allegations',
      'allegation',
      'filtering-report',
      'report',
    ] as const) {
      expect(mayOpen(['office'], route)).toBe(false);
    }
  });
});
