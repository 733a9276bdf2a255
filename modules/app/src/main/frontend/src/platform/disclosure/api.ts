// The subject access and transfer endpoints (/api/subject-access, /api/transfers). The JSON calls
// go through the shared request(); the sealed packages are bytes, sent and fetched here with the
// session's CSRF token.

import { ApiError, request } from '../http';

export interface SarSummary {
  id: number;
  reference: string;
  subjectKind: string;
  subjectReference: string;
  requestedBy: string;
  receivedOn: string;
  dueOn: string;
  status: 'review' | 'approval' | 'approved' | 'released';
}

export interface SarRedaction {
  itemReference: string;
  text: string;
  reason: string;
  savedBy?: string;
  savedAt?: string;
}

export interface SarItem {
  recordClass: string;
  reference: string;
  date: string | null;
  title: string;
  fields: { label: string; text: string }[];
  otherPeople: string[];
  redactions: SarRedaction[];
}

export interface SarDetail {
  request: SarSummary;
  redactionVersion: number;
  approvedBy: string | null;
  approvedAt: string | null;
  items: SarItem[];
  disclosures: { disclosedTo: string; disclosedAt: string; disclosedBy: string; items: string[] }[];
}

export interface OutgoingTransfer {
  id: number;
  reference: string;
  pupilReference: string;
  leavingDate: string | null;
  status: string;
  exportedAt: string | null;
  items: number | null;
  receivedAt: string | null;
}

export interface IncomingTransfer {
  id: number;
  reference: string;
  pupilReference: string;
  fromSchool: string;
  exportedAt: string;
  importedAt: string;
  items: number;
  confirmationCode: string;
}

export interface IncomingDetail {
  file: IncomingTransfer;
  items: {
    number: number;
    recordClass: string;
    reference: string;
    date: string | null;
    title: string;
    fields: { label: string; text: string }[];
  }[];
}

const SAR = '/api/subject-access';

export const subjectAccess = {
  list: () => request<SarSummary[]>('GET', SAR),
  open: (body: {
    subjectKind: string;
    subjectReference: string;
    requestedBy: string;
    receivedOn: string;
  }) => request<SarSummary>('POST', SAR, body),
  get: (id: string) => request<SarDetail>('GET', `${SAR}/${id}`),
  saveRedactions: (id: string, redactions: SarRedaction[]) =>
    request<SarDetail>('PUT', `${SAR}/${id}/redactions`, redactions),
  submit: (id: string) => request<SarSummary>('POST', `${SAR}/${id}/submit`),
  approve: (id: string) => request<SarSummary>('POST', `${SAR}/${id}/approve`),
  release: (id: string, disclosedTo: string) =>
    request<unknown>('POST', `${SAR}/${id}/release`, { disclosedTo }),
};

export const transfers = {
  outgoing: () => request<OutgoingTransfer[]>('GET', '/api/transfers/outgoing'),
  open: (pupilReference: string) =>
    request<OutgoingTransfer>('POST', '/api/transfers/outgoing', { pupilReference }),
  receipt: (id: number, confirmationCode: string) =>
    request<OutgoingTransfer>('POST', `/api/transfers/outgoing/${id}/receipt`, {
      confirmationCode,
    }),
  incoming: () => request<IncomingTransfer[]>('GET', '/api/transfers/incoming'),
  incomingFile: (id: string) => request<IncomingDetail>('GET', `/api/transfers/incoming/${id}`),
  /** The sealed package, as bytes to save and send to the new school. */
  exportPackage: (csrf: string | undefined, id: number, passphrase: string, fromSchool: string) =>
    bytes(
      csrf,
      `/api/transfers/outgoing/${id}/package`,
      'application/json',
      {},
      JSON.stringify({ passphrase, fromSchool }),
    ),
  importPackage: async (csrf: string | undefined, file: File, passphrase: string) => {
    const answer = await bytes(
      csrf,
      '/api/transfers/incoming',
      'application/octet-stream',
      {
        'X-Beacon-Passphrase': passphrase,
      },
      file,
    );
    return JSON.parse(await answer.text()) as IncomingTransfer;
  },
};

async function bytes(
  csrf: string | undefined,
  path: string,
  contentType: string,
  extra: Record<string, string>,
  body: BodyInit,
): Promise<Blob> {
  const headers: Record<string, string> = {
    Accept: '*/*',
    'Content-Type': contentType,
    'X-Requested-With': 'XMLHttpRequest',
    ...extra,
  };
  if (csrf) headers['X-CSRF-Token'] = csrf;
  const response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body });
  if (response.ok) return response.blob();
  let problem: { error?: string; message?: string; fields?: Record<string, string> } = {};
  try {
    problem = (await response.json()) as typeof problem;
  } catch {
    // not JSON: the status says enough
  }
  throw new ApiError(
    response.status,
    problem.error ?? response.statusText,
    problem.message ?? `Request failed (${response.status})`,
    problem.fields ?? {},
  );
}
