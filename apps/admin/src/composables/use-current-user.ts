import { tr } from '../plugins/i18n';
import type { ApolloClient, NormalizedCacheObject, Operation } from '@apollo/client/core';
import { inject, readonly, shallowRef, type InjectionKey, type Ref } from 'vue';
import { ChangePasswordDocument, LoginDocument, LogoutDocument, MeDocument, type CurrentUserFieldsFragment } from '../graphql/generated/graphql';
import { apiErrorMessage, asApolloError, hasApiErrorCode } from './api-error-message';

export type CurrentUser = CurrentUserFieldsFragment;

/** Why the login page is shown, said once on it. */
export interface LoginNotice {
  type: 'warning' | 'error';
  message: string;
}

export const sessionExpiredMessage = (): string => tr('messages.sessionExpired');

/** Operations whose UNAUTHENTICATED is their own answer, not an expired session. */
const AUTH_OPERATIONS = new Set(['Login', 'Logout', 'Me']);

export interface CurrentUserStore {
  /** The logged-in user; null while unknown or after logout. */
  readonly user: Readonly<Ref<CurrentUser | null>>;
  /**
   * Who is logged in: the known user, else the API's `me` (asked once however many callers
   * wait). Null when nobody is (UNAUTHENTICATED); other failures (network …) are thrown.
   */
  resolve(): Promise<CurrentUser | null>;
  /** Logs in (the API sets the session cookie); the cache of the previous user is dropped. */
  login(username: string, password: string): Promise<CurrentUser>;
  /** Changes the user's own password (other sessions end); the user is asked again, now without the must-change mark. */
  changePassword(currentPassword: string, newPassword: string): Promise<CurrentUser | null>;
  /** Ends the session, leaves for the login page, then drops the cache. */
  logout(): Promise<void>;
  /**
   * For the Apollo link: when this UNAUTHENTICATED means the session expired, leaves for the
   * login page and returns the promise of having left; null otherwise.
   */
  handleUnauthenticated(operation: Operation): Promise<void> | null;
  /** What the login page should say, once (expired session, unreachable server). */
  takeNotice(): LoginNotice | null;
  setNotice(notice: LoginNotice | null): void;
  /** Called when the user is gone (logout, expired session): the router leaves for /login. */
  onSignedOut(listener: (reason: 'logout' | 'expired') => Promise<unknown> | void): void;
}

export const CURRENT_USER: InjectionKey<CurrentUserStore> = Symbol('current-user');

export function createCurrentUser(getClient: () => ApolloClient<NormalizedCacheObject>): CurrentUserStore {
  const user = shallowRef<CurrentUser | null>(null);
  let notice: LoginNotice | null = null;
  let pending: Promise<CurrentUser | null> | null = null;
  /** Set while the admin leaves for the login page and drops the cache. */
  let leaving: Promise<void> | null = null;
  const listeners: Array<(reason: 'logout' | 'expired') => Promise<unknown> | void> = [];

  /** Forgets the user: the pages leave first (their queries stop), then the cache is dropped. */
  function signOut(reason: 'logout' | 'expired'): Promise<void> {
    user.value = null;
    pending = null;
    leaving ??= (async () => {
      try {
        for (const listener of listeners) await listener(reason);
        await getClient().clearStore();
      } finally {
        leaving = null;
      }
    })();
    return leaving;
  }

  async function askMe(): Promise<CurrentUser | null> {
    try {
      const { data } = await getClient().query({ query: MeDocument, fetchPolicy: 'network-only' });
      user.value = data.me;
      return data.me;
    } catch (error) {
      if (hasApiErrorCode(asApolloError(error), 'UNAUTHENTICATED')) return null;
      throw error;
    }
  }

  return {
    user: readonly(user) as Readonly<Ref<CurrentUser | null>>,

    resolve() {
      if (user.value) return Promise.resolve(user.value);
      pending ??= askMe().finally(() => {
        pending = null;
      });
      return pending;
    },

    async login(username, password) {
      const client = getClient();
      await client.clearStore();
      const { data } = await client.mutate({ mutation: LoginDocument, variables: { input: { username, password } } });
      if (!data) throw new Error(tr('messages.loginFailed'));
      notice = null;
      user.value = data.login.user;
      return data.login.user;
    },

    async changePassword(currentPassword, newPassword) {
      await getClient().mutate({ mutation: ChangePasswordDocument, variables: { input: { currentPassword, newPassword } } });
      return askMe();
    },

    async logout() {
      try {
        await getClient().mutate({ mutation: LogoutDocument });
      } catch (error) {
        // Already gone (expired, ended elsewhere): logged out all the same. Anything else
        // (server unreachable) leaves the session alive, so say so and stay.
        if (!hasApiErrorCode(asApolloError(error), 'UNAUTHENTICATED')) throw new Error(tr('messages.logoutFailed', { message: apiErrorMessage(asApolloError(error)) }));
      }
      await signOut('logout');
    },

    handleUnauthenticated(operation) {
      if (AUTH_OPERATIONS.has(operation.operationName)) return null;
      // The other queries of the page, refused with the first one: already leaving, or left.
      if (leaving || !user.value) return leaving ?? Promise.resolve();
      notice = { type: 'warning', message: sessionExpiredMessage() };
      return signOut('expired');
    },

    takeNotice() {
      const taken = notice;
      notice = null;
      return taken;
    },

    setNotice(value) {
      notice = value;
    },

    onSignedOut(listener) {
      listeners.push(listener);
    },
  };
}

/** The current user store the app provides (see admin.ts). */
export function useCurrentUser(): CurrentUserStore {
  const store = inject(CURRENT_USER, null);
  if (!store) throw new Error('useCurrentUser() needs the admin plugin (createAdmin) to be installed');
  return store;
}
