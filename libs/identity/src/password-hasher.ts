import argon2 from 'argon2';
import { IdentityRefusal, identityError } from './identity.exception';

/** argon2id's memory cost in KiB for new hashes: the library's default (64 MiB, with t=3, p=4). */
export const PASSWORD_MEMORY_KIB = 65536;

/**
 * argon2id with the library's defaults, its memory cost as configured (IdentitySettings; only
 * the test suites lower it). A hash carries its own parameters, so verifying needs none.
 */
export function hashPassword(password: string, memoryKib: number): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: memoryKib });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A password that a person can still type, long enough not to be guessed. */
export function assertStrongPassword(password: string): void {
  if (password.length < 10 || password.length > 128) {
    throw identityError(IdentityRefusal.WeakPassword, '密码长度须为 10–128 位');
  }
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  if (kinds < 3) throw identityError(IdentityRefusal.WeakPassword, '密码须包含大写字母、小写字母、数字、符号中的至少三类');
}
