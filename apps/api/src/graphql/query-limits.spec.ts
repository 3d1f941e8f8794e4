import { parse } from 'graphql';
import { queryDepth } from './query-limits';

describe('queryDepth', () => {
  it('counts nested selections', () => {
    expect(queryDepth(parse('{ zones { code } }'))).toBe(2);
    expect(queryDepth(parse('{ zones { clusters { hub { zone { code } } } } }'))).toBe(5);
  });

  it('follows fragments and inline fragments', () => {
    const doc = parse(`
      query Q { zones { ...Z } }
      fragment Z on Zone { clusters { ... on Cluster { hub { code } } } }
    `);
    expect(queryDepth(doc, 'Q')).toBe(4);
  });

  it('ignores introspection and survives fragment cycles', () => {
    expect(
      queryDepth(
        parse('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }'),
      ),
    ).toBe(0);
    const cyclic = parse(
      'query { zones { ...A } } fragment A on Zone { ...B } fragment B on Zone { ...A code }',
    );
    expect(queryDepth(cyclic)).toBe(2);
  });
});
