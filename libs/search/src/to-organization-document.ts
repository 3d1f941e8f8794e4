import { conceptsInText, NeedVisibility } from '@app/domain';
import { hangulNgrams } from './hangul-ngrams';
import type { OrganizationDocument, OrganizationSource } from './organization-document';

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/**
 * The index document of an organization. Needs visible to coordinators only are dropped
 * before anything is derived from them (concepts, n-grams), so no trace of a confidential
 * technology gap reaches a searchable field.
 */
export function toOrganizationDocument(source: OrganizationSource): OrganizationDocument {
  const capabilities = source.capabilities;
  const needs = source.needs.filter((need) => need.visibility === NeedVisibility.PUBLIC);

  // Names and titles first: hangulNgrams keeps the earliest texts when it has to cap.
  const texts = [
    source.nameKo,
    source.nameEn ?? '',
    ...source.keywords,
    ...capabilities.flatMap((c) => [c.title, ...c.keywords]),
    ...needs.flatMap((n) => [n.title, ...n.keywords]),
    source.description,
    ...capabilities.map((c) => c.description),
    ...needs.map((n) => n.description),
  ];

  return {
    id: source.id,
    kind: source.kind,
    nameKo: source.nameKo,
    nameEn: source.nameEn,
    description: source.description,
    keywords: source.keywords,
    capabilityTitles: capabilities.map((c) => c.title),
    capabilityDescriptions: capabilities.map((c) => c.description),
    capabilityKeywords: unique(capabilities.flatMap((c) => c.keywords)),
    needTitles: needs.map((n) => n.title),
    needDescriptions: needs.map((n) => n.description),
    needKeywords: unique(needs.flatMap((n) => n.keywords)),
    complexCode: source.complex.code,
    complexNameKo: source.complex.nameKo,
    complexNameEn: source.complex.nameEn,
    clusterCode: source.complex.clusterCode,
    zoneCode: source.complex.zoneCode,
    ksicCodes: source.ksicCodes,
    ksicDivisions: unique(
      source.ksicCodes.filter((code) => /^\d{2}/.test(code)).map((code) => code.slice(0, 2)),
    ),
    size: source.size,
    concepts: unique(texts.flatMap((text) => conceptsInText(text))),
    hangulNgrams: hangulNgrams([...texts, source.complex.nameKo]).join(' '),
    _geo: { lat: source.complex.latitude, lng: source.complex.longitude },
    version: source.version,
    updatedAt: source.updatedAt.getTime(),
  };
}
