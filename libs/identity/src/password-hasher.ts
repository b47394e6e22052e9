import argon2 from 'argon2';
import { AppError } from '@accredit/api-kit';

/** argon2id with the library's defaults (64 MiB, t=3, p=4). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
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
    throw AppError.validation('密码长度须为 10–128 位');
  }
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  if (kinds < 3) throw AppError.validation('密码须包含大写字母、小写字母、数字、符号中的至少三类');
}
