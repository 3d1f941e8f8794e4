import { InitialSchema1764054000000 } from './1764054000000-initial-schema';
import { OutboxConsumers1764140000000 } from './1764140000000-outbox-consumers';
import { Notifications1764230000000 } from './1764230000000-notifications';
import { ListEnds1764240000000 } from './1764240000000-list-ends';
import { IncrementalLookups1764320000000 } from './1764320000000-incremental-lookups';
import { SuggestionWithoutForeignKeys1764330000000 } from './1764330000000-suggestion-without-foreign-keys';
import { SuggestionHotUpdates1764400000000 } from './1764400000000-suggestion-hot-updates';
import { SuggestionBreakdownJson1764500000000 } from './1764500000000-suggestion-breakdown-json';
import { SuggestionPairIndexServesA1764510000000 } from './1764510000000-suggestion-pair-index-serves-a';
import { RejectedPairsByEitherSide1764600000000 } from './1764600000000-rejected-pairs-by-either-side';
import { ListEndPartner1765000000000 } from './1765000000000-list-end-partner';

/** Listed explicitly (not globbed) so the same list works from sources, dist and tests. */
export const MIGRATIONS = [
  InitialSchema1764054000000,
  OutboxConsumers1764140000000,
  Notifications1764230000000,
  ListEnds1764240000000,
  IncrementalLookups1764320000000,
  SuggestionWithoutForeignKeys1764330000000,
  SuggestionHotUpdates1764400000000,
  SuggestionBreakdownJson1764500000000,
  SuggestionPairIndexServesA1764510000000,
  RejectedPairsByEitherSide1764600000000,
  ListEndPartner1765000000000,
];
