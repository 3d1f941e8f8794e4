import { AppError, ErrorCode } from '@app/domain';
import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  it('delays more with each failure and then refuses until the window passes', () => {
    let now = 0;
    const t = new LoginThrottle(3, 100, () => now);
    expect(t.fail('a@x.kr', 'ip')).toBe(100);
    expect(t.fail('a@x.kr', 'ip')).toBe(200);
    t.check('a@x.kr', 'ip');
    expect(t.fail('a@x.kr', 'ip')).toBe(400);
    try {
      t.check('a@x.kr', 'ip');
      throw new Error('expected RATE_LIMITED');
    } catch (error) {
      expect((error as AppError).code).toBe(ErrorCode.RATE_LIMITED);
    }
    expect(() => t.check('b@x.kr', 'ip')).not.toThrow();
    now = 16 * 60 * 1000;
    expect(() => t.check('a@x.kr', 'ip')).not.toThrow();
  });

  it('limits an address across emails', () => {
    const t = new LoginThrottle(100, 2);
    t.fail('a@x.kr', 'ip');
    t.fail('b@x.kr', 'ip');
    expect(() => t.check('c@x.kr', 'ip')).toThrow(/too many failed sign-ins/);
  });

  it('forgets an email after a success', () => {
    const t = new LoginThrottle(2, 100);
    t.fail('a@x.kr', 'ip1');
    t.succeed('a@x.kr');
    t.fail('a@x.kr', 'ip2');
    expect(() => t.check('a@x.kr', 'ip3')).not.toThrow();
  });
});
