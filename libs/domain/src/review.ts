import { SuggestionStatus } from './enums';
import { BadUserInputError } from './errors';

export enum ReviewDecision {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  INTRODUCE = 'INTRODUCE',
}

/** The review state machine: which decision moves a suggestion from which status to which. */
const MOVES: Record<SuggestionStatus, Partial<Record<ReviewDecision, SuggestionStatus>>> = {
  [SuggestionStatus.PROPOSED]: {
    [ReviewDecision.ACCEPT]: SuggestionStatus.ACCEPTED,
    [ReviewDecision.REJECT]: SuggestionStatus.REJECTED,
  },
  [SuggestionStatus.ACCEPTED]: { [ReviewDecision.INTRODUCE]: SuggestionStatus.INTRODUCED },
  [SuggestionStatus.REJECTED]: {},
  [SuggestionStatus.INTRODUCED]: {},
};

/** The status a decision leads to, or BAD_USER_INPUT naming the moves allowed from here. */
export function nextStatus(current: SuggestionStatus, decision: ReviewDecision): SuggestionStatus {
  const next = MOVES[current][decision];
  if (next) return next;
  const allowed = Object.keys(MOVES[current]);
  throw new BadUserInputError([
    {
      path: 'decision',
      reason: `a ${current} suggestion cannot be ${decision}ed; allowed: ${allowed.length > 0 ? allowed.join(', ') : 'none (it is final)'}`,
    },
  ]);
}

/** A rejection needs its reason, so the next coordinator knows why the pair is gone for good. */
export function checkReviewText(
  decision: ReviewDecision,
  reason: string | null | undefined,
  note: string | null | undefined,
) {
  const problems = [];
  const r = reason?.trim() ?? '';
  const n = note?.trim() ?? '';
  if (decision === ReviewDecision.REJECT && r === '')
    problems.push({ path: 'reason', reason: 'is required to reject' });
  if (r.length > 500) problems.push({ path: 'reason', reason: 'must be at most 500 characters' });
  if (n.length > 2000) problems.push({ path: 'note', reason: 'must be at most 2000 characters' });
  if (problems.length > 0) throw new BadUserInputError(problems);
  return { reason: r || null, note: n || null };
}
