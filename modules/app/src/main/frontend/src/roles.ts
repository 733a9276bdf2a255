// What each role finds in the navigation, and where it lands after signing in.

export type RouteName = 'home' | 'tasks' | 'task' | 'report' | 'incidents' | 'incident' | 'audit' | 'governor';

export interface NavItem {
  label: string;
  /** A hash route (#/...) or, for pages outside this app, a plain address. */
  href: string;
  route?: RouteName;
}

const TASK_ROLES = ['dsl', 'head', 'chair', 'technical'];
const WHOLE_LOG_ROLES = ['dsl', 'head'];

const has = (roles: readonly string[], ...wanted: string[]) => wanted.some((r) => roles.includes(r));

/** The task list's name: the head's tasks are approvals. */
export function taskListLabel(roles: readonly string[]): string {
  return has(roles, 'head') && !has(roles, 'dsl', 'chair', 'technical') ? 'Approvals' : 'Tasks';
}

/** The incident log's name: a member of staff sees only their own reports. */
export function incidentLogLabel(roles: readonly string[]): string {
  return has(roles, ...WHOLE_LOG_ROLES) ? 'Incident log' : 'My reports';
}

export function navFor(roles: readonly string[]): NavItem[] {
  const items: NavItem[] = [];
  if (has(roles, 'staff')) {
    items.push({ label: 'Home', href: '#/home', route: 'home' });
  }
  if (has(roles, ...TASK_ROLES)) {
    items.push({ label: taskListLabel(roles), href: '#/tasks', route: 'tasks' });
  }
  if (has(roles, 'staff')) {
    items.push({ label: 'Report an incident', href: '#/report', route: 'report' });
  }
  if (has(roles, 'staff', ...WHOLE_LOG_ROLES)) {
    items.push({ label: incidentLogLabel(roles), href: '#/incidents', route: 'incidents' });
  }
  if (has(roles, 'dsl', 'admin')) {
    items.push({ label: 'Audit log', href: '#/audit', route: 'audit' });
  }
  if (has(roles, 'governor')) {
    items.push({ label: 'Governor reports', href: '#/governor', route: 'governor' });
  }
  if (has(roles, 'admin')) {
    items.push({ label: 'Designer', href: '/designer.html' });
  }
  return items;
}

/** The first page after signing in. */
export function landingFor(roles: readonly string[]): string {
  if (has(roles, ...TASK_ROLES)) {
    return '#/tasks';
  }
  if (has(roles, 'staff')) {
    return '#/home';
  }
  if (has(roles, 'admin')) {
    return '#/audit';
  }
  if (has(roles, 'governor')) {
    return '#/governor';
  }
  return '#/home';
}

/** Whether the UI offers a page to these roles (the server still checks every request). */
export function mayOpen(roles: readonly string[], route: RouteName): boolean {
  switch (route) {
    case 'home':
      return true;
    case 'tasks':
    case 'task':
      return has(roles, ...TASK_ROLES);
    case 'report':
      return has(roles, 'staff');
    case 'incidents':
      return has(roles, 'staff', ...WHOLE_LOG_ROLES);
    case 'incident':
      // technical staff read the technical facts of incidents they have a task on
      return has(roles, 'staff', 'technical', ...WHOLE_LOG_ROLES);
    case 'audit':
      return has(roles, 'dsl', 'admin');
    case 'governor':
      return has(roles, 'governor');
  }
}
