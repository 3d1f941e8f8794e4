import { DEFAULT_MATCHING_CONFIG, resolveConfig } from './config';

describe('resolveConfig', () => {
  it('returns the defaults, overlaid field by field', () => {
    expect(resolveConfig()).toEqual(DEFAULT_MATCHING_CONFIG);
    const config = resolveConfig({ k: 5, weights: { proximity: 0 } });
    expect(config.k).toBe(5);
    expect(config.weights.proximity).toBe(0);
    expect(config.weights.relevance).toBe(DEFAULT_MATCHING_CONFIG.weights.relevance);
  });

  it('names every invalid field', () => {
    expect(() =>
      resolveConfig({ k: 0, minScore: 2, weights: { relevance: -1, sharedTopics: Number.NaN } }),
    ).toThrow(/weights\.relevance.*weights\.sharedTopics.*k must.*minScore/);
    expect(() => resolveConfig({ maxTermsPerVector: 2.5 })).toThrow(
      /maxTermsPerVector must be an integer/,
    );
  });

  it('refuses weights that are all zero', () => {
    const zero = Object.fromEntries(
      Object.keys(DEFAULT_MATCHING_CONFIG.weights).map((k) => [k, 0]),
    );
    expect(() => resolveConfig({ weights: zero })).toThrow(/must not all be 0/);
  });
});
