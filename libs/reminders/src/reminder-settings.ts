/** What the reminders module needs from the app's configuration. */
export interface ReminderSettings {
  /** Minutes between scans in each API process (they coordinate through PostgreSQL); 0 = off. */
  intervalMinutes: number;
  /** Tasks due within this many days are flagged yellow and reminded. */
  warningDays: number;
  /** smtp(s)://user:password@host:port; null = no e-mail. */
  smtpUrl: string | null;
  smtpFrom: string;
  /** A WeCom or DingTalk group-robot webhook; null = none. */
  webhookUrl: string | null;
}

export const REMINDER_SETTINGS = Symbol('REMINDER_SETTINGS');
