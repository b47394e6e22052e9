import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded database on 127.0.0.1:3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ databaseUrl: null, port: 3000, host: '127.0.0.1', embeddedPostgresPort: 54329, seedOnStart: true, introspection: true });
    expect(config.dataDir).toMatch(/data$/);
  });

  it('uses DATABASE_URL when given and turns introspection off in production', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@h:5432/db', NODE_ENV: 'production' })).toMatchObject({
      databaseUrl: 'postgresql://u@h:5432/db',
      introspection: false,
    });
  });

  it('refuses bad values with a Chinese message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SEED_ON_START: 'maybe' })).toThrow(/SEED_ON_START/);
  });
});

describe('loadConfig: evidence', () => {
  it('keeps evidence on local disk under the data directory, up to 500 MB a file, by default', () => {
    const { evidence } = loadConfig({ DATA_DIR: '/srv/accredit' });
    expect(evidence).toEqual({ dir: '/srv/accredit/evidence', maxBytes: 500 * 1024 * 1024, maxFilesPerUpload: 20, uploadExpiryHours: 24, orphanGraceMinutes: 10, storage: { kind: 'local' } });
    expect(loadConfig({ EVIDENCE_DIR: '/mnt/evidence' }).evidence.dir).toBe('/mnt/evidence');
    expect(loadConfig({ EVIDENCE_UPLOAD_EXPIRY_HOURS: '72' }).evidence.uploadExpiryHours).toBe(72);
    expect(() => loadConfig({ EVIDENCE_UPLOAD_EXPIRY_HOURS: '0' })).toThrow(/EVIDENCE_UPLOAD_EXPIRY_HOURS/);
  });

  it('reads sizes in bytes or with a unit', () => {
    expect(loadConfig({ EVIDENCE_MAX_BYTES: '1048576' }).evidence.maxBytes).toBe(1024 * 1024);
    expect(loadConfig({ EVIDENCE_MAX_BYTES: '2GB' }).evidence.maxBytes).toBe(2 * 1024 ** 3);
    expect(loadConfig({ EVIDENCE_MAX_BYTES: '1.5 MiB' }).evidence.maxBytes).toBe(1.5 * 1024 ** 2);
    expect(() => loadConfig({ EVIDENCE_MAX_BYTES: 'lots' })).toThrow(/EVIDENCE_MAX_BYTES.*500MB/);
    expect(() => loadConfig({ EVIDENCE_MAX_BYTES: '0' })).toThrow(ConfigError);
  });

  it('configures S3 storage and names every missing or bad setting', () => {
    const s3 = { EVIDENCE_STORAGE: 's3', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'evidence', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' };
    expect(loadConfig({ ...s3, S3_PREFIX: 'district' }).evidence.storage).toEqual({
      kind: 's3',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      bucket: 'evidence',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      prefix: 'district/',
      forcePathStyle: true,
    });
    expect(loadConfig({ ...s3, S3_SESSION_TOKEN: ' token ' }).evidence.storage).toMatchObject({ sessionToken: 'token' });
    expect(() => loadConfig({ ...s3, S3_BUCKET: '' })).toThrow(/EVIDENCE_STORAGE=s3 时必须设置环境变量 S3_BUCKET/);
    expect(() => loadConfig({ ...s3, S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
    expect(() => loadConfig({ EVIDENCE_STORAGE: 'ftp' })).toThrow(/EVIDENCE_STORAGE 应为 local 或 s3/);
  });
});

describe('loadConfig: logins', () => {
  it('slows repeated failures instead of locking, with short account waits and a per-address rate by default', () => {
    expect(loadConfig({}).identity).toMatchObject({ maxFailedLogins: 5, lockMinutes: 15, accountMaxDelaySeconds: 30, loginRatePerMinute: 30 });
    expect(loadConfig({ ACCOUNT_MAX_DELAY_SECONDS: '0', LOGIN_RATE_PER_MINUTE: '120' }).identity).toMatchObject({ accountMaxDelaySeconds: 0, loginRatePerMinute: 120 });
    // An account's wait is what strangers can impose on its owner: at most a minute.
    expect(() => loadConfig({ ACCOUNT_MAX_DELAY_SECONDS: '900' })).toThrow(/ACCOUNT_MAX_DELAY_SECONDS 应为 0–60 的整数/);
    expect(() => loadConfig({ LOGIN_RATE_PER_MINUTE: '0' })).toThrow(/LOGIN_RATE_PER_MINUTE/);
  });

  it('hashes passwords with argon2id at 64 MiB; only the test suites may lower it', () => {
    expect(loadConfig({}).identity.passwordMemoryKib).toBe(65536);
    expect(loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_MEMORY_KIB: '4096' }).identity.passwordMemoryKib).toBe(4096);
    expect(loadConfig({ NODE_ENV: 'production', PASSWORD_HASH_MEMORY_KIB: '131072' }).identity.passwordMemoryKib).toBe(131072);
    expect(() => loadConfig({ NODE_ENV: 'production', PASSWORD_HASH_MEMORY_KIB: '4096' })).toThrow(/PASSWORD_HASH_MEMORY_KIB 低于 65536 只用于测试/);
    expect(() => loadConfig({ PASSWORD_HASH_MEMORY_KIB: '4096' })).toThrow(/只用于测试/);
    expect(() => loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_MEMORY_KIB: '64' })).toThrow(/PASSWORD_HASH_MEMORY_KIB 应为 4096–1048576 的整数/);
  });

  it('believes no X-Forwarded-For unless TRUST_PROXY names the proxies', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'Loopback, 10.0.0.0/8, 2001:db8::/32, 192.0.2.10' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', '2001:db8::/32', '192.0.2.10']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY 不能为 true/);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example' })).toThrow(/TRUST_PROXY 中的「proxy.example」/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(ConfigError);
  });
});
