/**
 * How much two kinds of organization complete each other. The program exists to join
 * industry with academia and research (산·학·연), so firm–university and firm–institute
 * pairs are the point; a university lab and an institute often co-apply for R&D (0.6);
 * firms do work together along a supply chain, but that is not what the platform is for
 * (0.4); two labs or two institutes least (0.3).
 */
import { OrganizationKind } from '@app/domain';

/** Kinds as small integers, the order of the table below. */
export const KIND_INDEX: Readonly<Record<OrganizationKind, number>> = {
  [OrganizationKind.FIRM]: 0,
  [OrganizationKind.UNIVERSITY]: 1,
  [OrganizationKind.INSTITUTE]: 2,
};

// prettier-ignore
const TABLE: readonly (readonly number[])[] = [
  //          FIRM  UNIV  INST
  /* FIRM */ [0.4,  1,    1  ],
  /* UNIV */ [1,    0.3,  0.6],
  /* INST */ [1,    0.6,  0.3],
];

export function kindComplementarityOfIndex(a: number, b: number): number {
  return (TABLE[a] as readonly number[])[b] as number;
}

export function kindComplementarity(a: OrganizationKind, b: OrganizationKind): number {
  return kindComplementarityOfIndex(KIND_INDEX[a], KIND_INDEX[b]);
}
