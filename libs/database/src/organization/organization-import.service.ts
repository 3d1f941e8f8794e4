import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  Actor,
  assertAdminOrCoordinator,
  canCreateOrganizationAt,
  ImportProblem,
  OUTBOX_TOPICS,
  readImportCsv,
} from '@app/domain';
import { writeOutbox } from '../outbox/outbox.writer';
import { ORGANIZATION_TABLES, refreshStatistics } from '../refresh-statistics';
import { insertOrganizations } from './insert-organizations';
import { locationsOfComplexes } from './organization-location';

export interface ImportReport {
  dryRun: boolean;
  /** Data rows in the file (the header not counted). */
  rows: number;
  valid: number;
  created: number;
  errors: ImportProblem[];
}

const CHUNK = 2000;
/** An import this large changes the tables' statistics enough to refresh them at once. */
const ANALYZE_AFTER_ROWS = 500;

/**
 * Finds a complex by what a spreadsheet says: its code, its Korean name, the name without
 * "…산업단지" ("대불"), or the start of exactly one name ("광주첨단").
 */
export function complexResolver(
  complexes: { code: string; name_ko: string }[],
): (cell: string) => string | null {
  const exact = new Map<string, string>();
  const names = complexes.map((c) => ({ code: c.code, name: c.name_ko.normalize('NFC') }));
  for (const { code, name } of names) {
    exact.set(code, code);
    exact.set(name, code);
    exact.set(name.replace(/(국가|일반|도시첨단)?산업단지$|농공단지$/, ''), code);
  }
  return (cell) => {
    const text = cell.normalize('NFC').trim();
    const found = exact.get(text.toUpperCase()) ?? exact.get(text);
    if (found) return found;
    const prefixed = names.filter((c) => c.name.startsWith(text));
    return text.length >= 2 && prefixed.length === 1 ? prefixed[0].code : null;
  };
}

/**
 * Bulk import of organizations from CSV, all or nothing: every row is checked (fields,
 * complex, the importer's scope, business numbers against each other and the database)
 * before one transaction writes them all with their outbox rows.
 */
@Injectable()
export class OrganizationImportService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async importCsv(
    csv: string,
    dryRun: boolean,
    actor: Actor | null,
    requestId: string | null = null,
  ): Promise<ImportReport> {
    const importer = assertAdminOrCoordinator(actor);
    const complexes: { code: string; name_ko: string }[] = await this.ds.query(
      `SELECT code, name_ko FROM complex`,
    );
    const resolve = complexResolver(complexes);
    const { total, rows, problems, headers } = readImportCsv(csv, resolve);

    const locations = await locationsOfComplexes(this.ds.manager, [
      ...new Set(rows.map((r) => r.value.complexCode)),
    ]);
    for (const { row, value } of rows) {
      const location = locations.get(value.complexCode)!;
      if (!canCreateOrganizationAt(importer, location)) {
        problems.push({
          row,
          column: headers.complex ?? 'complex',
          message: `cluster ${location.clusterCode} is outside your scope`,
        });
      }
    }
    const numbers = new Map<string, number>();
    for (const { row, value } of rows) {
      if (!value.businessNumber) continue;
      const first = numbers.get(value.businessNumber);
      if (first !== undefined) {
        problems.push({
          row,
          column: headers.businessNumber ?? 'business_number',
          message: `repeats the business number of row ${first}`,
        });
      } else numbers.set(value.businessNumber, row);
    }
    if (numbers.size > 0) {
      const taken: { business_number: string; name_ko: string; id: string }[] = await this.ds.query(
        `SELECT business_number, name_ko, id FROM organization WHERE deleted_at IS NULL AND business_number = ANY($1)`,
        [[...numbers.keys()]],
      );
      for (const t of taken) {
        problems.push({
          row: numbers.get(t.business_number)!,
          column: headers.businessNumber ?? 'business_number',
          message: `already registered to ${t.name_ko} (${t.id})`,
        });
      }
    }
    problems.sort((a, b) => a.row - b.row);
    const badRows = new Set(problems.map((p) => p.row));
    const report: ImportReport = {
      dryRun,
      rows: total,
      valid: rows.filter((r) => !badRows.has(r.row)).length,
      created: 0,
      errors: problems,
    };
    if (problems.length > 0 || dryRun) return report;

    await this.ds.transaction(async (em) => {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK).map((r) => ({ ...r.value, id: randomUUID() }));
        await insertOrganizations(em, chunk);
        await writeOutbox(
          em,
          OUTBOX_TOPICS.ORGANIZATION_CHANGED,
          chunk.map((o) => ({ organizationId: o.id })),
          requestId,
        );
      }
    });
    if (rows.length >= ANALYZE_AFTER_ROWS) await refreshStatistics(this.ds, ORGANIZATION_TABLES);
    report.created = rows.length;
    return report;
  }
}
