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
