// Dates and times as people in an English school read them, in the browser's time zone.

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const timeOnly = new Intl.DateTimeFormat('en-GB', { timeStyle: 'medium' });

/** An instant from the API, e.g. "12 Nov 2026, 10:15"; '' for none. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A YYYY-MM-DD day, e.g. "12 Nov 2026"; other text as it is. */
export function formatDate(day: string | null | undefined): string {
  if (!day) {
    return '';
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) {
    return day;
  }
  return dateOnly.format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export function formatTime(date: Date): string {
  return timeOnly.format(date);
}

/** YYYY-MM-DDTHH:mm in local time, what a datetime-local input holds. */
export function localDateTimeInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "in-progress" → "In progress". */
export function humanise(id: string | null | undefined): string {
  if (!id) {
    return '';
  }
  const words = id
    .replace(/[-_]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The browser's local time with its offset, so the server never guesses the zone. */
export function occurredAtWithOffset(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) {
    return local;
  }
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}
