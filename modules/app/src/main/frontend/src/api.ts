// The school records' folder (src/records) still imports its fetch wrapper from here: the core now
// lives in platform/http.ts, and each module folder has its own api.ts.
export { ApiError, request } from './platform/http';
