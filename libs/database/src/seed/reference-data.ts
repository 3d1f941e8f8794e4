import type { ReferenceData } from '@app/domain';
import data from './reference-data.json';

/**
 * The reference data the platform ships with: the 7 zones of the 2010 plan, its 25 hub-and-spoke
 * clusters and 193 complexes. The data itself lives in reference-data.json (one complex a line,
 * for review); each row says whether it comes from the plan or was filled in, and why.
 */
export const REFERENCE_DATA: ReferenceData = data as ReferenceData;
