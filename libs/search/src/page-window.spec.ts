import { pageWindow } from './page-window';

describe('pageWindow', () => {
  it('uses plain pages when the offset is a multiple of the limit', () => {
    expect(pageWindow(0, 20)).toEqual({ page: 1, hitsPerPage: 20, skip: 0 });
    expect(pageWindow(40, 20)).toEqual({ page: 3, hitsPerPage: 20, skip: 0 });
    expect(pageWindow(10_000, 100)).toEqual({ page: 101, hitsPerPage: 100, skip: 0 });
  });

  it('finds a single page holding any window', () => {
    for (const limit of [1, 3, 7, 20, 100]) {
      for (let offset = 0; offset <= 400; offset += 13) {
        const { page, hitsPerPage, skip } = pageWindow(offset, limit);
        const start = (page - 1) * hitsPerPage;
        expect(start + skip).toBe(offset);
        expect(skip + limit).toBeLessThanOrEqual(hitsPerPage);
      }
    }
  });

  it('keeps deep windows small', () => {
    expect(pageWindow(10_000, 7).hitsPerPage).toBeLessThan(20);
  });
});
