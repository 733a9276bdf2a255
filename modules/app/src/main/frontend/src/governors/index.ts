// The governor reporting module's web UI: the dashboard, governor reports and the policy register.

export { dashboardView, governorReportView } from './dashboard';
export { policyListView, policyView } from './policies';
