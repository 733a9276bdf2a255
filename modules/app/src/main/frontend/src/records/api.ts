// The school records' API (/api/records/...): agreements, photo consent, training.

import { request } from '../platform/http';

export interface MyAgreement {
  code: string;
  title: string;
  version: number;
  signBy?: string | null;
  skippable: boolean;
  signed: boolean;
  signedAt?: string | null;
}

export interface TrainingRecord {
  id: number;
  username: string;
  course: string;
  courseTitle: string;
  completedOn: string;
  expiresOn: string;
  provider: string;
  evidence?: string | null;
  current: boolean;
}

export interface MyRecords {
  agreements: MyAgreement[];
  mustSign: MyAgreement[];
  training: TrainingRecord[];
}

export interface AgreementType {
  code: string;
  title: string;
  audience: 'staff' | 'pupil' | 'parent' | 'community';
  policyKind?: string | null;
  policyId?: number | null;
  version: number;
  signBy?: string | null;
  skippable: boolean;
}

export interface NotSignedReport {
  code: string;
  title: string;
  version: number;
  signBy?: string | null;
  concerned: number;
  signed: number;
  notSigned: { reference: string; name?: string | null }[];
}

export interface OptOut {
  pupilReference: string;
  yearGroup: string;
  refused: string[];
}

export interface Course {
  code: string;
  title: string;
  validityMonths: number;
}

export interface TrainingGap {
  username: string;
  name: string;
  course: string;
  status: 'missing' | 'expired' | 'expiring';
  expiresOn?: string | null;
}

export interface ConsentForm {
  pupilReference: string;
  answeredBy: string;
  answeredOn: string;
  uses: Record<string, boolean>;
}

export interface PaperSignature {
  username?: string;
  pupilReference?: string;
  parentName?: string;
  paperDate: string;
}

export interface NewTraining {
  username?: string;
  course: string;
  completedOn: string;
  provider: string;
  evidence?: string;
}

export const records = {
  me: () => request<MyRecords>('GET', '/api/records/me'),
  agreements: () => request<AgreementType[]>('GET', '/api/records/agreements'),
  sign: (code: string) =>
    request<unknown>('POST', `/api/records/agreements/${encodeURIComponent(code)}/signatures`),
  recordPaper: (code: string, paper: PaperSignature) =>
    request<unknown>(
      'POST',
      `/api/records/agreements/${encodeURIComponent(code)}/paper-signatures`,
      paper,
    ),
  notSigned: (code: string) =>
    request<NotSignedReport>(
      'GET',
      `/api/records/agreements/${encodeURIComponent(code)}/not-signed`,
    ),
  optOuts: (yearGroup: string) =>
    request<OptOut[]>(
      'GET',
      `/api/records/photo-consent/opt-outs?${new URLSearchParams(yearGroup ? { yearGroup } : {})}`,
    ),
  recordConsent: (form: ConsentForm) =>
    request<unknown>('POST', '/api/records/photo-consent', form),
  courses: () => request<Course[]>('GET', '/api/records/training/courses'),
  recordTraining: (training: NewTraining) =>
    request<TrainingRecord>('POST', '/api/records/training', training),
  gaps: () => request<TrainingGap[]>('GET', '/api/records/training/gaps'),
};
