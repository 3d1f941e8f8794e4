import { SuggestionStatus } from './enums';
import { BadUserInputError } from './errors';
import { checkReviewText, nextStatus, ReviewDecision } from './review';

describe('review state machine', () => {
  it('moves PROPOSED to ACCEPTED or REJECTED, and ACCEPTED to INTRODUCED', () => {
    expect(nextStatus(SuggestionStatus.PROPOSED, ReviewDecision.ACCEPT)).toBe(
      SuggestionStatus.ACCEPTED,
    );
    expect(nextStatus(SuggestionStatus.PROPOSED, ReviewDecision.REJECT)).toBe(
      SuggestionStatus.REJECTED,
    );
    expect(nextStatus(SuggestionStatus.ACCEPTED, ReviewDecision.INTRODUCE)).toBe(
      SuggestionStatus.INTRODUCED,
    );
  });

  it('refuses anything else, naming the allowed moves', () => {
    expect(() => nextStatus(SuggestionStatus.PROPOSED, ReviewDecision.INTRODUCE)).toThrow(
      /allowed: ACCEPT, REJECT/,
    );
    expect(() => nextStatus(SuggestionStatus.ACCEPTED, ReviewDecision.REJECT)).toThrow(
      /allowed: INTRODUCE/,
    );
    expect(() => nextStatus(SuggestionStatus.REJECTED, ReviewDecision.ACCEPT)).toThrow(
      /none \(it is final\)/,
    );
    expect(() => nextStatus(SuggestionStatus.INTRODUCED, ReviewDecision.INTRODUCE)).toThrow(
      BadUserInputError,
    );
  });

  it('needs a reason to reject', () => {
    expect(() => checkReviewText(ReviewDecision.REJECT, ' ', null)).toThrow(/reason is required/);
    expect(checkReviewText(ReviewDecision.ACCEPT, null, ' good fit ')).toEqual({
      reason: null,
      note: 'good fit',
    });
  });
});
