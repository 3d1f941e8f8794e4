import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import {
  Actor,
  BadUserInputError,
  ConflictError,
  FieldProblem,
  UserRole,
  ZONE_CODES,
  ZoneCode,
} from '@app/domain';
import { AppUserEntity } from '../entities';

export interface NewUser {
  email: string;
  password: string;
  role: UserRole;
  organizationId?: string | null;
  clusterCodes?: string[];
  zoneCodes?: string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// Verifying against this when an email is unknown makes a miss cost as much as a wrong
// password, so response times say nothing about which emails exist.
let dummyHash: Promise<string> | undefined;

export function toActor(user: AppUserEntity): Actor {
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    organizationId: user.organizationId,
    clusterCodes: user.clusterCodes,
    zoneCodes: user.zoneCodes,
  };
}

/** Accounts: creation with validation, and password checks. */
@Injectable()
export class UserService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async create(input: NewUser): Promise<AppUserEntity> {
    const problems: FieldProblem[] = [];
    const email = input.email?.trim().toLowerCase() ?? '';
    if (!EMAIL.test(email) || email.length > 200)
      problems.push({ path: 'email', reason: 'must be an email address' });
    if (
      typeof input.password !== 'string' ||
      input.password.length < 10 ||
      input.password.length > 200
    ) {
      problems.push({ path: 'password', reason: 'must be 10 to 200 characters' });
    }
    if (!Object.values(UserRole).includes(input.role)) {
      problems.push({
        path: 'role',
        reason: `must be one of ${Object.values(UserRole).join(', ')}`,
      });
    }
    const clusterCodes = [
      ...new Set((input.clusterCodes ?? []).map((c) => c.trim().toUpperCase())),
    ];
    const zoneCodes = [...new Set((input.zoneCodes ?? []).map((c) => c.trim().toUpperCase()))];
    for (const zone of zoneCodes) {
      if (!(ZONE_CODES as readonly string[]).includes(zone)) {
        problems.push({
          path: 'zones',
          reason: `unknown zone ${zone}; valid zones are ${ZONE_CODES.join(', ')}`,
        });
      }
    }
    if (clusterCodes.length > 0) {
      const known: { code: string }[] = await this.ds.query(
        `SELECT code FROM cluster WHERE code = ANY($1)`,
        [clusterCodes],
      );
      for (const code of clusterCodes.filter((c) => !known.some((k) => k.code === c))) {
        problems.push({ path: 'clusters', reason: `unknown cluster ${code}` });
      }
    }
    if (input.role === UserRole.MEMBER) {
      if (!input.organizationId)
        problems.push({ path: 'organization', reason: 'a member belongs to an organization' });
      else {
        const org = await this.ds.query(
          `SELECT 1 FROM organization WHERE id::text = $1 AND deleted_at IS NULL`,
          [input.organizationId],
        );
        if (org.length === 0)
          problems.push({
            path: 'organization',
            reason: `no organization ${input.organizationId}`,
          });
      }
    } else if (input.organizationId) {
      problems.push({ path: 'organization', reason: 'only a member belongs to an organization' });
    }
    if (input.role === UserRole.COORDINATOR && clusterCodes.length + zoneCodes.length === 0) {
      problems.push({ path: 'clusters', reason: 'a coordinator needs a scope: clusters or zones' });
    }
    if (input.role !== UserRole.COORDINATOR && clusterCodes.length + zoneCodes.length > 0) {
      problems.push({ path: 'clusters', reason: 'only a coordinator has a scope' });
    }
    if (problems.length > 0) throw new BadUserInputError(problems);
    const existing = await this.ds.getRepository(AppUserEntity).findOneBy({ email });
    if (existing) throw new ConflictError(`an account for ${email} exists already`);
    return this.ds.getRepository(AppUserEntity).save({
      email,
      passwordHash: await argon2.hash(input.password, { type: argon2.argon2id }),
      role: input.role,
      organizationId: input.role === UserRole.MEMBER ? input.organizationId! : null,
      clusterCodes,
      zoneCodes: zoneCodes as ZoneCode[],
    });
  }

  findById(id: string): Promise<AppUserEntity | null> {
    return this.ds.getRepository(AppUserEntity).findOneBy({ id });
  }

  /** The user whose email and password these are, or null; costs the same either way. */
  async verify(email: string, password: string): Promise<AppUserEntity | null> {
    const user = await this.ds
      .getRepository(AppUserEntity)
      .findOneBy({ email: (email ?? '').trim().toLowerCase() });
    const hash =
      user?.passwordHash ?? (await (dummyHash ??= argon2.hash('not a password of anyone')));
    const ok = await argon2.verify(hash, password ?? '').catch(() => false);
    return user && ok ? user : null;
  }
}
