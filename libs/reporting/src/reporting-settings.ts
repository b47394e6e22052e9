/** What the reporting module needs from the app's configuration. */
export interface ReportingSettings {
  /**
   * Tasks due within this many days are listed as late on the dashboard. The app passes the
   * reminders' warning window, so that the dashboard flags what the reminders remind of.
   */
  warningDays: number;
}

export const REPORTING_SETTINGS = Symbol('REPORTING_SETTINGS');
