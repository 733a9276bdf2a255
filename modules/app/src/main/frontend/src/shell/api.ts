// Signing in and out, two-factor sign-in and personal API tokens (/api/session, /api/users/me/...).

import type { Checked } from '../api/checked';
import { request, type Session, type SignInAnswer } from '../platform/http';

export const sessionApi = {
  session: () => request<Session>('GET', '/api/session'),
  signIn: (username: string, password: string) =>
    request<SignInAnswer>('POST', '/api/session', { username, password }),
  /** The second step: a six-digit code from the authenticator app, or a recovery code. */
  secondFactor: (code: string) => request<Session>('POST', '/api/session/second-factor', { code }),
  signOut: () => request<void>('DELETE', '/api/session'),
};

/** Where one stands with two-factor sign-in (GET /api/users/me/two-factor). */
export type TwoFactorStatus = Checked<
  {
    enrolled: boolean;
    required: boolean;
    recoveryCodesLeft: number;
  },
  'Status'
>;

/** Enrolment begun: the secret to type in by hand, its otpauth:// URI and a QR code of it (an SVG data URI). */
export type TwoFactorStart = Checked<
  {
    secret: string;
    otpauthUri: string;
    qrCode: string;
  },
  'Started'
>;

/** A personal API token as listed: never the token itself. */
export type ApiTokenInfo = Checked<
  {
    id: number;
    name: string;
    created: string;
    expires: string;
    lastUsed?: string | null;
    expired: boolean;
  },
  'TokenView'
>;

export const twoFactor = {
  status: () => request<TwoFactorStatus>('GET', '/api/users/me/two-factor'),
  start: () => request<TwoFactorStart>('POST', '/api/users/me/two-factor'),
  confirm: (code: string) =>
    request<{ enrolled: boolean; recoveryCodes: string[] }>(
      'POST',
      '/api/users/me/two-factor/confirmation',
      { code },
    ),
};

export const apiTokens = {
  list: () => request<ApiTokenInfo[]>('GET', '/api/users/me/tokens'),
  create: (name: string, expiresInDays: number) =>
    request<{ details: ApiTokenInfo; token: string }>('POST', '/api/users/me/tokens', {
      name,
      expiresInDays,
    }),
  revoke: (id: number) => request<void>('DELETE', `/api/users/me/tokens/${id}`),
};
