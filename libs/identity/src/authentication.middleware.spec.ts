import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';
import { sessionToken } from './authentication.middleware';

/** A request as the middleware sees it: cookie-parser has run first (IdentityModule applies it). */
const request = (headers: Record<string, string>) => {
  const req = { headers } as unknown as Request;
  cookieParser()(req, {} as Response, () => undefined);
  return req;
};

describe('sessionToken', () => {
  it('reads the bearer header first, then the session cookie', () => {
    expect(sessionToken(request({ authorization: 'Bearer abc', cookie: 'accredit_session=def' }))).toBe('abc');
    expect(sessionToken(request({ cookie: 'other=1; accredit_session=d%2Def_9' }))).toBe('d-ef_9');
    expect(sessionToken(request({ cookie: 'accredit_session="quoted-token"' }))).toBe('quoted-token');
    expect(sessionToken(request({ authorization: 'Bearer   ' }))).toBeNull();
    expect(sessionToken(request({}))).toBeNull();
  });

  it('takes a session cookie that is not valid percent-encoding, JSON or no token at all as no session instead of failing the request', () => {
    expect(sessionToken(request({ cookie: 'accredit_session=%%%; other=ÿ' }))).toBeNull();
    expect(sessionToken(request({ cookie: 'accredit_session=%E0%A4%A' }))).toBeNull();
    expect(sessionToken(request({ cookie: 'accredit_session=j:{"a":1}' }))).toBeNull();
    expect(sessionToken(request({ cookie: 'accredit_session=a b<script>' }))).toBeNull();
    expect(sessionToken(request({ cookie: 'a=%zz; accredit_session=ok' }))).toBe('ok');
  });
});
