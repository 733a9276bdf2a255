// The filtering module's web UI: reporting a site, the filtering pages, and the report's case panel.

import './casePanel';

export { changeRequestView, filteringReportView, filteringView, reportSiteView } from './filtering';
