/** What the identity module needs from the app's configuration. */
export interface IdentitySettings {
  sessionTtlHours: number;
  /** Failures of one username (from one address, or from anywhere) before the next attempt must wait. */
  maxFailedLogins: number;
  /** The longest wait of a client address after repeated failures, in minutes. */
  lockMinutes: number;
  /** The longest wait of an account for addresses it has not logged in from, in seconds (0: none). */
  accountMaxDelaySeconds: number;
  /** Password attempts (login, changePassword) one client address may make per minute. */
  loginRatePerMinute: number;
  /** The first system administrator's password; generated and printed once when absent. */
  initialAdminPassword: string | null;
  /** Origins allowed to send state-changing requests besides the API's own. */
  allowedOrigins: string[];
  secureCookies: boolean;
  /** argon2id's memory cost in KiB for new password hashes (PASSWORD_MEMORY_KIB; lower only in tests). */
  passwordMemoryKib: number;
}

export const IDENTITY_SETTINGS = Symbol('IDENTITY_SETTINGS');
export const SESSION_COOKIE = 'accredit_session';
