import { hangulNgrams } from './hangul-ngrams';

describe('hangulNgrams', () => {
  it('gives the 2- and 3-syllable pieces of each Hangul run', () => {
    expect(hangulNgrams(['협동조합'])).toEqual(['협동', '동조', '조합', '협동조', '동조합']);
  });

  it('skips runs no longer than the piece, Latin text, and repeats', () => {
    expect(hangulNgrams(['선박 설계 OLED'])).toEqual([]);
    expect(hangulNgrams(['조선소', '조선소'])).toEqual(['조선', '선소']);
  });

  it('composes decomposed jamo first (NFKC), as text pasted from some systems comes', () => {
    expect(hangulNgrams(['협동조합'.normalize('NFD')])).toContain('조합');
  });

  it('stops at the cap, keeping the earliest texts', () => {
    const grams = hangulNgrams(['가나다라', '마바사아자차카'], 4);
    expect(grams).toEqual(['가나', '나다', '다라', '가나다']);
  });
});
