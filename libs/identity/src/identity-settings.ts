/** What the identity module needs from the app's configuration. */
export interface IdentitySettings {
  sessionTtlHours: number;
  maxFailedLogins: number;
  lockMinutes: number;
  /** The first system administrator's password; generated and printed once when absent. */
  initialAdminPassword: string | null;
  /** Origins allowed to send state-changing requests besides the API's own. */
  allowedOrigins: string[];
  secureCookies: boolean;
}

export const IDENTITY_SETTINGS = Symbol('IDENTITY_SETTINGS');
export const SESSION_COOKIE = 'accredit_session';
