import type { Request } from 'express';
import { readCookie, sessionToken } from './authentication.middleware';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as Request;

describe('sessionToken', () => {
  it('reads the bearer header first, then the session cookie', () => {
    expect(sessionToken(request({ authorization: 'Bearer abc', cookie: 'accredit_session=def' }))).toBe('abc');
    expect(sessionToken(request({ cookie: 'other=1; accredit_session=d%2Bef' }))).toBe('d+ef');
    expect(sessionToken(request({ authorization: 'Bearer   ' }))).toBeNull();
  });

  it('takes a session cookie that is not valid percent-encoding as no session instead of failing the request', () => {
    expect(sessionToken(request({ cookie: 'accredit_session=%%%; other=ÿ' }))).toBeNull();
    expect(readCookie('accredit_session=%E0%A4%A', 'accredit_session')).toBeNull();
    expect(readCookie('a=%zz; accredit_session=ok', 'accredit_session')).toBe('ok');
  });
});
