/**
 * Meilisearch counts hits exactly (`totalHits`) only in its page mode (`page`/`hitsPerPage`);
 * with `offset`/`limit` it gives `estimatedTotalHits`, which can be far off. So an
 * offset/limit request becomes the smallest page that holds the whole window, and `skip`
 * says where the window starts inside it. When offset is a multiple of limit that is simply
 * page offset/limit + 1.
 */
export interface PageWindow {
  page: number;
  hitsPerPage: number;
  skip: number;
}

export function pageWindow(offset: number, limit: number): PageWindow {
  const last = offset + limit - 1;
  // Terminates: at size offset + limit the window is page 1.
  for (let size = limit; ; size++) {
    const page = Math.floor(offset / size);
    if (page === Math.floor(last / size)) {
      return { page: page + 1, hitsPerPage: size, skip: offset - page * size };
    }
  }
}
