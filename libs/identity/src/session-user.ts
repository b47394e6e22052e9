import type { Actor } from '@accredit/api-kit';
import type { UserModel } from './user.model';

/**
 * The user as the request's session read found them (AuthService.authenticate reads the user's
 * row anyway), so that `me` — asked by every screen — costs no second statement. Keyed by the
 * request's actor object: it lives exactly as long as that request.
 */
const usersOfActors = new WeakMap<Actor, UserModel>();

export function rememberSessionUser(actor: Actor, user: UserModel): void {
  usersOfActors.set(actor, user);
}

export function sessionUserOf(actor: Actor): UserModel | undefined {
  return usersOfActors.get(actor);
}
