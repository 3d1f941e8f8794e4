/** What every connection of the API gives a client walking it. */
export interface Connection<N> {
  totalCount: number;
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every node of a connection, page after page from the first, as a client pages with
 * `after`: `page` fetches the one after a cursor (null: the first). Gives up after
 * `maxPages`, so a cursor that never ends fails the test instead of hanging it.
 */
export async function walkPages<N>(
  page: (after: string | null) => Promise<Connection<N>>,
  maxPages = 1000,
): Promise<{ nodes: N[]; pages: number; totalCount: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages += 1) {
    const current = await page(after);
    nodes.push(...current.edges.map((e) => e.node));
    if (!current.pageInfo.hasNextPage) return { nodes, pages, totalCount: current.totalCount };
    if (pages >= maxPages) throw new Error(`still a next page after ${maxPages} pages`);
    after = current.pageInfo.endCursor;
  }
}
