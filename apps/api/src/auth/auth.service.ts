import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Environment } from '@app/config';
import { AppUserEntity, toActor, UserService } from '@app/database';
import { Actor, UnauthenticatedError } from '@app/domain';
import { LoginThrottle } from './login-throttle';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
  user: AppUserEntity;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

@Injectable()
export class AuthService {
  private readonly throttle = new LoginThrottle();

  constructor(
    private readonly users: UserService,
    private readonly jwt: JwtService,
    private readonly env: Environment,
  ) {}

  async login(email: string, password: string, address: string): Promise<IssuedToken> {
    const key = (email ?? '').trim().toLowerCase();
    this.throttle.check(key, address);
    const user = await this.users.verify(key, password);
    if (!user) {
      await sleep(this.throttle.fail(key, address));
      // The same words whether the email exists or not.
      throw new UnauthenticatedError('wrong email or password');
    }
    this.throttle.succeed(key);
    const token = await this.jwt.signAsync(
      { sub: user.id, role: user.role },
      { expiresIn: this.env.JWT_TTL as never },
    );
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    return { token, expiresAt: new Date(exp * 1000), user };
  }

  /** The actor a bearer token stands for; a bad, expired or orphaned token is UNAUTHENTICATED. */
  async actorFromToken(token: string): Promise<Actor> {
    let sub: string;
    try {
      ({ sub } = await this.jwt.verifyAsync<{ sub: string }>(token));
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw new UnauthenticatedError(
        expired ? 'the token has expired; sign in again' : 'the token is not valid',
      );
    }
    const user = await this.users.findById(sub);
    if (!user) throw new UnauthenticatedError('the account of this token no longer exists');
    return toActor(user);
  }
}
