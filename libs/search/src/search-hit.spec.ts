import { renderSnippet, toSearchHit } from './search-hit';
import { MARK_END as E, MARK_START as S } from './search-request';

describe('renderSnippet', () => {
  it('escapes markup in the text but not the highlight', () => {
    expect(renderSnippet(`<b>${S}용접${E}</b> & "x"`)).toBe(
      '&lt;b&gt;<em>용접</em>&lt;/b&gt; &amp; &quot;x&quot;',
    );
  });
});

describe('toSearchHit', () => {
  const hit = {
    id: 'o1',
    _geo: { lat: 34.8, lng: 126.4 },
    _formatted: {
      id: 'o1',
      nameKo: '대불기계',
      keywords: [`${S}용접${E}`, '도장'],
      capabilityTitles: [`${S}용접${E} 자동화`, '도장', `레이저 ${S}용접${E}`],
      description: `…로봇 ${S}용접${E} 라인…`,
      needTitles: ['검사'],
    },
    _matchesPosition: {
      keywords: [{ start: 0, length: 6 }],
      capabilityTitles: [{ start: 0, length: 6, indices: [0] }],
      description: [{ start: 10, length: 6 }],
    },
  };

  it('gives snippets of matched fields only, in ranking order, one per matching item', () => {
    expect(toSearchHit(hit).highlights).toEqual([
      { field: 'keywords', snippet: '<em>용접</em>' },
      { field: 'capabilityTitles', snippet: '<em>용접</em> 자동화' },
      { field: 'capabilityTitles', snippet: '레이저 <em>용접</em>' },
      { field: 'description', snippet: '…로봇 <em>용접</em> 라인…' },
    ]);
  });

  it('has no highlights for a search without words', () => {
    expect(toSearchHit({ id: 'o1' }).highlights).toEqual([]);
  });

  it('gives the distance only with near, from _geoDistance or else from _geo', () => {
    expect(toSearchHit(hit).distanceKm).toBeNull();
    const near = { lat: 34.8, lng: 126.5, radiusKm: 50 };
    expect(toSearchHit({ ...hit, _geoDistance: 9131 }, near).distanceKm).toBe(9.131);
    expect(toSearchHit(hit, near).distanceKm).toBeCloseTo(9.13, 1);
  });
});
