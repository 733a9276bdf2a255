// The staff allegations module's web UI: raising one, the list, one case, and its case panel.

import './casePanel';

export { allegationListView, allegationView, raiseAllegationView } from './allegations';
