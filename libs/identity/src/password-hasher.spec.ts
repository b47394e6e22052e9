import { PASSWORD_MEMORY_KIB, hashPassword, verifyPassword } from './password-hasher';

describe('password hashes', () => {
  it('are argon2id at the installations’ 64 MiB, t=3, p=4 unless told otherwise', async () => {
    expect(PASSWORD_MEMORY_KIB).toBe(65536);
    const hash = await hashPassword('Hasher@2026pw', PASSWORD_MEMORY_KIB);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    expect(await verifyPassword(hash, 'Hasher@2026pw')).toBe(true);
  });

  it('carry their own cost: a cheaper hash (the test suites’) verifies, a wrong password does not', async () => {
    const hash = await hashPassword('Hasher@2026pw', 4096);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=4096,p=4,t=3\$/);
    expect(await verifyPassword(hash, 'Hasher@2026pw')).toBe(true);
    expect(await verifyPassword(hash, 'Hasher@2026px')).toBe(false);
  });
});
