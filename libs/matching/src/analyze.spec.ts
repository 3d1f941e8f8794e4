import { analyze, CONCEPT_PREFIX, singular, tokenText } from './analyze';

function texts(text: string): Map<string, number> {
  return new Map([...analyze(text)].map(([token, weight]) => [tokenText(token), weight]));
}

describe('analyze', () => {
  it('keeps a Hangul run whole and as bigrams, so a compound contains its parts', () => {
    const tokens = texts('조선해양공학');
    expect(tokens.get('조선해양공학')).toBe(1);
    for (const bigram of ['조선', '선해', '해양', '양공', '공학'])
      expect(tokens.has(bigram)).toBe(true);
  });

  it('strips particles and verb endings before making words', () => {
    const tokens = texts('용접자동화를 지원합니다');
    expect(tokens.has('용접자동화')).toBe(true);
    expect(tokens.has('용접자동화를')).toBe(false);
    expect(tokens.has('지원')).toBe(true);
    expect(tokens.has('니다')).toBe(false);
    // A two-syllable word is the same token as the bigram inside longer words.
    expect(analyze('조선').keys().next().value).toBe(
      [...analyze('조선해양')].find(([t]) => tokenText(t) === '조선')?.[0],
    );
  });

  it('reads Latin words lower-cased, singular, without stop words', () => {
    const tokens = texts('The Sensors and the CATHODE materials');
    expect(tokens.has('sensor')).toBe(true);
    expect(tokens.has('cathode')).toBe(true);
    expect(tokens.has('material')).toBe(true);
    expect(tokens.has('the')).toBe(false);
    expect(tokens.has('and')).toBe(false);
  });

  it('adds vocabulary concepts, one token for Korean and English alike', () => {
    const korean = texts('이차전지 양극재');
    const english = texts('secondary battery cathode materials');
    for (const id of ['secondary-battery', 'cathode-material']) {
      expect(korean.get(CONCEPT_PREFIX + id)).toBe(2);
      expect(english.get(CONCEPT_PREFIX + id)).toBe(2);
    }
  });

  it('folds full-width forms (NFKC) and scales by the given weight', () => {
    expect(texts('ＣＮＣ 가공').has('cnc')).toBe(true);
    expect(analyze('용접', 3).values().next().value).toBe(3);
    expect(analyze('').size).toBe(0);
  });

  it('singularises only what looks plural', () => {
    expect(singular('materials')).toBe('material');
    expect(singular('batteries')).toBe('battery');
    expect(singular('process')).toBe('process');
    expect(singular('analysis')).toBe('analysis');
    expect(singular('gas')).toBe('gas');
  });
});
