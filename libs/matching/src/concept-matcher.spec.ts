import { conceptsInText } from '@app/domain';

import { generateOrganizations } from '@app/database/seed/demo/generate-organizations';
import referenceData from '@app/database/seed/reference-data.json';
import { matchConcepts } from './concept-matcher';

describe('matchConcepts', () => {
  it('finds what conceptsInText finds, on every text of 500 demo organizations', () => {
    const orgs = generateOrganizations({
      count: 500,
      seed: 5,
      complexes: referenceData.complexes as never,
    });
    const texts = orgs.flatMap((o) => [
      o.description,
      ...o.keywords,
      ...[...o.needs, ...o.capabilities].flatMap((i) => [i.title, i.description, ...i.keywords]),
    ]);
    texts.push(
      'IT and it, AI-based EVs, an EV, ESS 배터리, 이차전지양극재',
      'ＩＴ 허브\t\t2차 전지  and   secondary\nbattery, e-mobility; PVC, PV.',
    );
    const differing = texts.filter(
      (t) => JSON.stringify(matchConcepts(t)) !== JSON.stringify(conceptsInText(t)),
    );
    expect(differing).toEqual([]);
  });

  it('prefers the longest variant and respects word boundaries in Latin text', () => {
    expect(matchConcepts('용접자동화')).toEqual(['welding-automation']);
    expect(matchConcepts('EVs')).toEqual([]);
    expect(matchConcepts('IT 허브')).toEqual(['information-technology']);
    expect(matchConcepts('it is')).toEqual([]);
  });
});
