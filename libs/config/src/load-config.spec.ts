import { ConfigValidationError, loadConfig } from './load-config';
import { DEVELOPMENT_JWT_SECRET, NodeEnv } from './environment';

describe('loadConfig', () => {
  it('gives local defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.NODE_ENV).toBe(NodeEnv.DEVELOPMENT);
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/cluster_match');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.MEILI_URL).toBe('http://127.0.0.1:7700');
    expect(config.JWT_SECRET).toBe(DEVELOPMENT_JWT_SECRET);
  });

  it('reads and converts given values', () => {
    const config = loadConfig({ PORT: '4100', DATABASE_URL: 'postgres://u@db:5432/x' });
    expect(config.PORT).toBe(4100);
    expect(config.DATABASE_URL).toBe('postgres://u@db:5432/x');
  });

  it.each([
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['REDIS_URL', 'localhost:6379'],
    ['MEILI_URL', 'meili'],
    ['MEILI_MASTER_KEY', 'short'],
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['JWT_TTL', 'forever'],
    ['NOTIFICATION_TRANSPORT', 'pigeon'],
    ['SMTP_URL', 'mail.example.kr:25'],
    ['NOTIFICATION_FROM', 'nobody'],
  ])('rejects a malformed %s and names it', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigValidationError);
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`${variable}: .*${value}`));
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', REDIS_URL: 'y' });
      throw new Error('expected a ConfigValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      const names = (error as ConfigValidationError).problems.map((p) => p.variable).sort();
      expect(names).toEqual(['PORT', 'REDIS_URL']);
    }
  });

  it('refuses to start in production without a JWT secret of its own', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-real-secret-of-32-characters!!' })
        .NODE_ENV,
    ).toBe(NodeEnv.PRODUCTION);
  });

  it('sends notifications to the log unless told otherwise, and needs a server for SMTP', () => {
    expect(loadConfig({}).NOTIFICATION_TRANSPORT).toBe('log');
    expect(() => loadConfig({ NOTIFICATION_TRANSPORT: 'smtp' })).toThrow(
      /SMTP_URL: must be set when NOTIFICATION_TRANSPORT is smtp/,
    );
    const smtp = loadConfig({ NOTIFICATION_TRANSPORT: 'smtp', SMTP_URL: 'smtp://127.0.0.1:2525' });
    expect(smtp.SMTP_URL).toBe('smtp://127.0.0.1:2525');
  });
});
