import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import {
  Actor,
  assertCanCreateOrganizationAt,
  assertCanEditOrganization,
  ConflictError,
  Location,
  NeedInput,
  NotFoundError,
  OrganizationInput,
  OrganizationPatch,
  OUTBOX_TOPICS,
  ProfileItemInput,
  validateCapabilityInput,
  validateNeedInput,
  validateOrganizationInput,
  validateOrganizationPatch,
} from '@app/domain';
import { CapabilityEntity, NeedEntity, OrganizationEntity } from '../entities';
import { writeOutbox } from '../outbox/outbox.writer';
import { insertOrganizations } from './insert-organizations';
import { locationOfComplex } from './organization-location';

type ItemKind = 'capability' | 'need';

const COLUMN: Record<string, string> = {
  kind: 'kind',
  nameKo: 'name_ko',
  nameEn: 'name_en',
  complexCode: 'complex_code',
  ksicCodes: 'ksic_codes',
  size: 'size',
  description: 'description',
  keywords: 'keywords',
  website: 'website',
  businessNumber: 'business_number',
};

/** A violation of the unique business number, raced past the friendly pre-check. */
function isBusinessNumberClash(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: string }).code === '23505' &&
    String(
      (error as { constraint?: string }).constraint ?? (error as { message?: string }).message,
    ).includes('business_number')
  );
}

/**
 * Writes of organization profiles. Every write validates first, checks the actor's rights,
 * and commits the change together with its outbox row; a rejected request writes nothing.
 */
@Injectable()
export class OrganizationService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async create(
    input: OrganizationInput,
    actor: Actor | null,
    requestId: string | null = null,
  ): Promise<OrganizationEntity> {
    const value = validateOrganizationInput(input);
    return this.write(async (em) => {
      const location = await locationOfComplex(em, value.complexCode, 'input.complexCode');
      assertCanCreateOrganizationAt(actor, location);
      await this.assertBusinessNumberFree(em, value.businessNumber, null);
      const [{ id }] = await em.query(`SELECT gen_random_uuid() AS id`);
      await insertOrganizations(em, [{ ...value, id }]);
      await writeOutbox(
        em,
        OUTBOX_TOPICS.ORGANIZATION_CHANGED,
        [{ organizationId: id }],
        requestId,
      );
      return this.load(em, id);
    });
  }

  async update(
    id: string,
    patch: OrganizationPatch,
    expectedVersion: number,
    actor: Actor | null,
    requestId: string | null = null,
  ): Promise<OrganizationEntity> {
    return this.write(async (em) => {
      const current = await this.locked(em, id);
      const currentLocation = await locationOfComplex(em, current.complexCode, 'id');
      assertCanEditOrganization(actor, id, currentLocation);
      const value = validateOrganizationPatch(patch, current.kind);
      if (value.complexCode !== undefined && value.complexCode !== current.complexCode) {
        // Moving an organization needs rights where it goes as well as where it is.
        const target = await locationOfComplex(em, value.complexCode, 'input.complexCode');
        assertCanEditOrganization(actor, id, target);
      }
      if (value.businessNumber) await this.assertBusinessNumberFree(em, value.businessNumber, id);
      this.assertVersion(current, expectedVersion);
      const sets: string[] = [];
      const params: unknown[] = [id];
      for (const [key, v] of Object.entries(value)) {
        params.push(v);
        sets.push(`${COLUMN[key]} = $${params.length}`);
      }
      await em.query(
        `UPDATE organization SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1`,
        params,
      );
      await writeOutbox(
        em,
        OUTBOX_TOPICS.ORGANIZATION_CHANGED,
        [{ organizationId: id }],
        requestId,
      );
      return this.load(em, id);
    });
  }

  /** Soft delete: the row stays for history, every read and the index forget it. */
  async delete(
    id: string,
    actor: Actor | null,
    expectedVersion: number | null,
    requestId: string | null = null,
  ): Promise<OrganizationEntity> {
    return this.write(async (em) => {
      const current = await this.locked(em, id);
      assertCanEditOrganization(actor, id, await locationOfComplex(em, current.complexCode, 'id'));
      if (expectedVersion !== null) this.assertVersion(current, expectedVersion);
      await em.query(
        `UPDATE organization SET deleted_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
        [id],
      );
      await writeOutbox(
        em,
        OUTBOX_TOPICS.ORGANIZATION_DELETED,
        [{ organizationId: id }],
        requestId,
      );
      return this.load(em, id, true);
    });
  }

  addCapability(
    organizationId: string,
    input: ProfileItemInput,
    actor: Actor | null,
    requestId: string | null = null,
  ) {
    const value = validateCapabilityInput(input);
    return this.addItem(
      'capability',
      organizationId,
      value,
      actor,
      requestId,
    ) as Promise<CapabilityEntity>;
  }

  addNeed(
    organizationId: string,
    input: NeedInput,
    actor: Actor | null,
    requestId: string | null = null,
  ) {
    const value = validateNeedInput(input);
    return this.addItem('need', organizationId, value, actor, requestId) as Promise<NeedEntity>;
  }

  updateCapability(
    id: string,
    input: ProfileItemInput,
    actor: Actor | null,
    requestId: string | null = null,
  ) {
    const value = validateCapabilityInput(input);
    return this.updateItem('capability', id, value, actor, requestId) as Promise<CapabilityEntity>;
  }

  updateNeed(id: string, input: NeedInput, actor: Actor | null, requestId: string | null = null) {
    const value = validateNeedInput(input);
    return this.updateItem('need', id, value, actor, requestId) as Promise<NeedEntity>;
  }

  removeCapability(id: string, actor: Actor | null, requestId: string | null = null) {
    return this.removeItem('capability', id, actor, requestId);
  }

  removeNeed(id: string, actor: Actor | null, requestId: string | null = null) {
    return this.removeItem('need', id, actor, requestId);
  }

  /** Where an organization sits, for visibility checks by readers. */
  async location(organizationId: string): Promise<Location | null> {
    const rows: Location[] = await this.ds.query(
      `SELECT c.cluster_code AS "clusterCode", c.zone_code AS "zoneCode"
         FROM organization o JOIN complex c ON c.code = o.complex_code WHERE o.id = $1`,
      [organizationId],
    );
    return rows[0] ?? null;
  }

  private async addItem(
    kind: ItemKind,
    organizationId: string,
    value: object,
    actor: Actor | null,
    requestId: string | null,
  ): Promise<CapabilityEntity | NeedEntity> {
    return this.write(async (em) => {
      const org = await this.locked(em, organizationId, 'organizationId');
      assertCanEditOrganization(
        actor,
        organizationId,
        await locationOfComplex(em, org.complexCode, 'organizationId'),
      );
      const entity = kind === 'capability' ? CapabilityEntity : NeedEntity;
      const [{ count }] = await em.query(
        `SELECT count(*)::int AS count FROM ${kind} WHERE organization_id = $1`,
        [organizationId],
      );
      if (count >= 20) {
        throw new ConflictError(
          `an organization has at most 20 ${kind === 'need' ? 'needs' : 'capabilities'}`,
        );
      }
      const saved = await em
        .getRepository(entity)
        .save({ ...value, organizationId, position: count });
      await this.touch(em, organizationId, requestId);
      return saved;
    });
  }

  private updateItem(
    kind: ItemKind,
    id: string,
    value: object,
    actor: Actor | null,
    requestId: string | null,
  ): Promise<CapabilityEntity | NeedEntity> {
    return this.editItem(kind, id, actor, requestId, async (repo) => {
      await repo.update({ id }, value);
      return (await repo.findOneBy({ id }))!;
    });
  }

  private removeItem(
    kind: ItemKind,
    id: string,
    actor: Actor | null,
    requestId: string | null,
  ): Promise<boolean> {
    return this.editItem(kind, id, actor, requestId, async (repo) => {
      await repo.delete({ id });
      return true;
    });
  }

  /** Finds an item, checks the actor may edit its organization, changes it, and announces it. */
  private editItem<T>(
    kind: ItemKind,
    id: string,
    actor: Actor | null,
    requestId: string | null,
    change: (repo: Repository<CapabilityEntity | NeedEntity>) => Promise<T>,
  ): Promise<T> {
    return this.write(async (em) => {
      const repo = em.getRepository<CapabilityEntity | NeedEntity>(
        kind === 'capability' ? CapabilityEntity : NeedEntity,
      );
      const item = await repo.findOneBy({ id });
      if (!item) throw new NotFoundError(kind, id);
      const org = await this.locked(em, item.organizationId, 'id');
      assertCanEditOrganization(actor, org.id, await locationOfComplex(em, org.complexCode, 'id'));
      const result = await change(repo);
      await this.touch(em, org.id, requestId);
      return result;
    });
  }

  /** A profile's items are part of it: changing one is a new version, announced like any change. */
  private async touch(
    em: EntityManager,
    organizationId: string,
    requestId: string | null,
  ): Promise<void> {
    await em.query(
      `UPDATE organization SET version = version + 1, updated_at = now() WHERE id = $1`,
      [organizationId],
    );
    await writeOutbox(em, OUTBOX_TOPICS.ORGANIZATION_CHANGED, [{ organizationId }], requestId);
  }

  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.ds.transaction(work);
    } catch (error) {
      if (isBusinessNumberClash(error)) {
        throw new ConflictError(
          'another organization registered this business number at the same moment',
        );
      }
      throw error;
    }
  }

  /** The live organization, locked for this transaction, so concurrent writers queue up. */
  private async locked(em: EntityManager, id: string, path = 'id'): Promise<OrganizationEntity> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
      throw new NotFoundError('organization', id);
    }
    const org = await em
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .setLock('pessimistic_write')
      .where('o.id = :id AND o.deleted_at IS NULL', { id })
      .getOne();
    if (!org)
      throw new NotFoundError(path === 'id' ? 'organization' : `organization (${path})`, id);
    return org;
  }

  private assertVersion(current: OrganizationEntity, expected: number): void {
    if (current.version !== expected) {
      throw new ConflictError(
        `organization ${current.id} is at version ${current.version}, not ${expected}: someone changed it since you read it; reload and retry`,
        { currentVersion: current.version, expectedVersion: expected },
      );
    }
  }

  private async assertBusinessNumberFree(
    em: EntityManager,
    businessNumber: string | null,
    self: string | null,
  ): Promise<void> {
    if (!businessNumber) return;
    const rows: { id: string; name_ko: string }[] = await em.query(
      `SELECT id, name_ko FROM organization WHERE business_number = $1 AND deleted_at IS NULL AND id IS DISTINCT FROM $2`,
      [businessNumber, self],
    );
    if (rows.length > 0) {
      throw new ConflictError(
        `business number ${businessNumber} is already registered to ${rows[0].name_ko} (${rows[0].id})`,
        {
          field: 'input.businessNumber',
          existingOrganizationId: rows[0].id,
          existingOrganizationName: rows[0].name_ko,
        },
      );
    }
  }

  private async load(
    em: EntityManager,
    id: string,
    withDeleted = false,
  ): Promise<OrganizationEntity> {
    return (await em.getRepository(OrganizationEntity).findOne({ where: { id }, withDeleted }))!;
  }
}
