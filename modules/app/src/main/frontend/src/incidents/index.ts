// The incidents module's web UI: reporting, the incident log, one incident, and its case panel.

import './casePanel';

export { forgetReportDraft, reportView } from './report';
export { incidentLogView } from './incidentLog';
export { incidentView } from './incident';
