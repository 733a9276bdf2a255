// The checks and wording of two-factor sign-in and personal API tokens, kept apart from the
// screens so that they can be tested without a browser.

/** A code from the authenticator app: six digits (spaces allowed, as apps show "123 456"). */
export function appCode(typed: string): string | undefined {
  const digits = typed.replace(/\s/g, '');
  return /^\d{6}$/.test(digits) ? digits : undefined;
}

/** A recovery code as handed out: sixteen letters and digits, in four groups; case and dashes do not matter. */
export function recoveryCode(typed: string): string | undefined {
  const plain = typed.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z0-9]{16}$/.test(plain) ? plain.match(/.{4}/g)!.join('-') : undefined;
}

/** What is wrong with the code typed at sign-in, if anything: either kind is accepted there. */
export function signInCodeProblem(typed: string): string | undefined {
  if (!typed.trim()) return 'Enter the code from your authenticator app, or a recovery code';
  if (appCode(typed) || recoveryCode(typed)) return undefined;
  return 'Enter the six digits your authenticator app shows, or one of your recovery codes (four groups of four)';
}

/** What is wrong with the first code at enrolment, if anything: only the app's code proves the phone. */
export function enrolmentCodeProblem(typed: string): string | undefined {
  if (!typed.trim()) return 'Enter the six-digit code your authenticator app shows';
  return appCode(typed) ? undefined : 'The code is six digits, as your authenticator app shows it';
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupedSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(' ');
}

export const MAX_TOKEN_DAYS = 366;

/** What is wrong with a new token's name and lifetime, by field. */
export function tokenProblems(name: string, days: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!name.trim())
    problems.name = 'Name is required: say what the token is for, for example "Camunda Modeler"';
  else if (name.trim().length > 100) problems.name = 'Name must be at most 100 characters';
  const n = Number(days);
  if (!/^\d+$/.test(days.trim()) || n < 1 || n > MAX_TOKEN_DAYS) {
    problems.expiresInDays = `Expires in must be a whole number of days from 1 to ${MAX_TOKEN_DAYS}`;
  }
  return problems;
}

/** A token's lifetime in words: "expired", "expires today", "expires in 3 days". */
export function expiryText(expires: string, now: Date): string {
  const ms = new Date(expires).getTime() - now.getTime();
  if (ms <= 0) return 'expired';
  const days = Math.floor(ms / 86_400_000);
  if (days === 0) return 'expires today';
  return days === 1 ? 'expires tomorrow' : `expires in ${days} days`;
}
