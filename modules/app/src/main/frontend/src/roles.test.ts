import { describe, expect, it } from 'vitest';
import { landingFor, mayOpen, navFor } from './roles';

const labels = (roles: string[]) => navFor(roles).map((i) => i.label);

describe('each role lands on its own work', () => {
  it.each([
    [['staff'], '#/home', ['Home', 'Report an incident', 'My reports']],
    [['dsl'], '#/tasks', ['Tasks', 'Incident log', 'Audit log']],
    [['head'], '#/tasks', ['Approvals', 'Incident log']],
    [['technical'], '#/tasks', ['Tasks']],
    [['governor'], '#/governor', ['Governor reports']],
    [['admin'], '#/audit', ['Audit log', 'Designer']],
  ])('%s', (roles, landing, nav) => {
    expect(landingFor(roles)).toBe(landing);
    expect(labels(roles)).toEqual(nav);
  });

  it('links admins to the designer outside the app', () => {
    expect(navFor(['admin']).find((i) => i.label === 'Designer')?.href).toBe('/designer.html');
  });

  it('offers no case pages to governors or admins', () => {
    for (const route of ['tasks', 'incidents', 'incident', 'report'] as const) {
      expect(mayOpen(['governor'], route)).toBe(false);
      expect(mayOpen(['admin'], route)).toBe(false);
    }
  });
});
