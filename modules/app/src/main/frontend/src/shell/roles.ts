// What each role finds in the navigation, and where it lands after signing in. The server checks
// every request whatever the UI offers; this only keeps out of sight what a role cannot use.

export type RouteName =
  | 'home'
  | 'tasks'
  | 'task'
  | 'report'
  | 'incidents'
  | 'incident'
  | 'audit'
  | 'governor'
  | 'governor-report'
  | 'allegations'
  | 'allegation'
  | 'raise-allegation'
  | 'report-site'
  | 'filtering'
  | 'filtering-report'
  | 'change-request'
  | 'policies'
  | 'policy'
  | 'people'
  | 'pupils'
  | 'my-records'
  | 'opt-outs'
  | 'declarations'
  | 'school-records'
  | 'subject-access'
  | 'subject-access-request'
  | 'transfers'
  | 'transfer'
  | 'account';

export type FilteringTab = 'reports' | 'changes' | 'rules' | 'imports' | 'checks' | 'reviews';

export interface NavItem {
  label: string;
  /** A hash route (#/...) or, for pages outside this app, a plain address. */
  href: string;
  route?: RouteName;
}

const TASK_ROLES = ['dsl', 'head', 'chair', 'technical', 'office'];
const WHOLE_LOG_ROLES = ['dsl', 'head'];
/** Everyone who works with cases: they may raise an allegation and read the ones they need to know. */
const CASE_ROLES = ['staff', 'dsl', 'head', 'chair', 'technical'];
const FILTERING_WORKERS = ['dsl', 'head', 'technical'];
const DASHBOARD_ROLES = ['governor', 'dsl', 'head'];
/** Members of staff (org.beacon.records.application.RecordsAccess): they sign the staff AUP and read the photo opt-outs. */
const STAFF_ROLES = ['staff', 'dsl', 'head', 'technical', 'office'];
/** Who keeps the school's records: paper forms and consents (office), reports (DSL and head). */
const RECORD_KEEPERS = ['office', 'dsl', 'head'];

/** Subject access requests (DSL and head) and children's files moving school (DSL). */
function disclosureNav(roles: readonly string[]): NavItem[] {
  const items: NavItem[] = [
    { label: 'Subject access', href: '#/subject-access', route: 'subject-access' },
  ];
  if (roles.includes('dsl')) {
    items.push({ label: 'Files moving school', href: '#/transfers', route: 'transfers' });
  }
  return items;
}

const has = (roles: readonly string[], ...wanted: string[]) =>
  wanted.some((r) => roles.includes(r));

/** The task list's name: the head's tasks are approvals. */
export function taskListLabel(roles: readonly string[]): string {
  return has(roles, 'head') && !has(roles, 'dsl', 'chair', 'technical') ? 'Approvals' : 'Tasks';
}

/** The incident log's name: a member of staff sees only their own reports. */
export function incidentLogLabel(roles: readonly string[]): string {
  return has(roles, ...WHOLE_LOG_ROLES) ? 'Incident log' : 'My reports';
}

/** The filtering tabs a role may read, in the order shown. */
export function filteringTabsFor(roles: readonly string[]): FilteringTab[] {
  const tabs: FilteringTab[] = [];
  if (has(roles, ...FILTERING_WORKERS)) tabs.push('reports', 'changes');
  if (has(roles, ...FILTERING_WORKERS, 'governor')) tabs.push('rules');
  if (has(roles, ...FILTERING_WORKERS)) tabs.push('imports');
  if (has(roles, ...FILTERING_WORKERS, 'governor')) tabs.push('checks', 'reviews');
  return tabs;
}

export function navFor(roles: readonly string[]): NavItem[] {
  const items: NavItem[] = [{ label: 'Home', href: '#/home', route: 'home' }];
  if (has(roles, ...TASK_ROLES)) {
    items.push({ label: taskListLabel(roles), href: '#/tasks', route: 'tasks' });
  }
  if (has(roles, 'staff')) {
    items.push({ label: 'Report an incident', href: '#/report', route: 'report' });
  }
  if (has(roles, 'staff', ...WHOLE_LOG_ROLES)) {
    items.push({ label: incidentLogLabel(roles), href: '#/incidents', route: 'incidents' });
  }
  if (has(roles, 'dsl', 'head', 'chair')) {
    items.push({ label: 'Allegations', href: '#/allegations', route: 'allegations' });
  } else if (has(roles, ...CASE_ROLES)) {
    items.push({
      label: 'Raise an allegation',
      href: '#/allegations/new',
      route: 'raise-allegation',
    });
  }
  if (has(roles, ...FILTERING_WORKERS, 'governor')) {
    items.push({ label: 'Filtering', href: '#/filtering', route: 'filtering' });
  } else if (has(roles, ...CASE_ROLES)) {
    items.push({ label: 'Report a website', href: '#/report-site', route: 'report-site' });
  }
  if (has(roles, ...DASHBOARD_ROLES)) {
    items.push({ label: 'Dashboard', href: '#/governor', route: 'governor' });
  }
  items.push({ label: 'Policies', href: '#/policies', route: 'policies' });
  if (has(roles, ...STAFF_ROLES)) {
    items.push({ label: 'Photo opt-outs', href: '#/records/opt-outs', route: 'opt-outs' });
    items.push({
      label: 'Searches and connections',
      href: '#/records/declarations',
      route: 'declarations',
    });
  }
  if (has(roles, ...RECORD_KEEPERS)) {
    items.push({ label: 'School records', href: '#/records', route: 'school-records' });
  }
  if (has(roles, ...WHOLE_LOG_ROLES)) {
    items.push({ label: 'Pupils', href: '#/pupils', route: 'pupils' });
  }
  if (has(roles, ...WHOLE_LOG_ROLES)) disclosureNav(roles).forEach((i) => items.push(i));
  if (has(roles, 'dsl', 'admin')) {
    items.push({ label: 'Audit log', href: '#/audit', route: 'audit' });
  }
  if (has(roles, 'admin')) {
    items.push({ label: 'People', href: '#/people', route: 'people' });
    items.push({ label: 'Designer', href: '/designer/' });
  }
  items.push({ label: 'My agreements and training', href: '#/records/me', route: 'my-records' });
  items.push({ label: 'My account', href: '#/account', route: 'account' });
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
    case 'policies':
    case 'policy':
    case 'account':
    case 'my-records':
      return true;
    case 'opt-outs':
    case 'declarations':
      return has(roles, ...STAFF_ROLES);
    case 'school-records':
      return has(roles, ...RECORD_KEEPERS);
    case 'people':
      return has(roles, 'admin');
    case 'pupils':
      // the DSL and the head keep the register; reporters meet it only in the forms that name pupils
      return has(roles, ...WHOLE_LOG_ROLES);
    case 'tasks':
      return has(roles, ...TASK_ROLES);
    case 'task':
      // members of staff open the steps assigned to them (a device search they asked for)
      return has(roles, 'staff', ...TASK_ROLES);
    case 'report':
      return has(roles, 'staff');
    case 'incidents':
      return has(roles, 'staff', ...WHOLE_LOG_ROLES);
    case 'incident':
      // technical staff read the technical facts of incidents they have a task on
      return has(roles, 'staff', 'technical', ...WHOLE_LOG_ROLES);
    case 'subject-access':
    case 'subject-access-request':
      return has(roles, ...WHOLE_LOG_ROLES);
    case 'transfers':
    case 'transfer':
      return has(roles, 'dsl');
    case 'audit':
      return has(roles, 'dsl', 'admin');
    case 'governor':
    case 'governor-report':
      return has(roles, ...DASHBOARD_ROLES);
    case 'allegations':
    case 'allegation':
    case 'raise-allegation':
    case 'report-site':
      return has(roles, ...CASE_ROLES);
    case 'filtering':
      return filteringTabsFor(roles).length > 0;
    case 'filtering-report':
    case 'change-request':
      return has(roles, ...FILTERING_WORKERS);
  }
}
