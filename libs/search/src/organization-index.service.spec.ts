import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { Environment } from '@app/config';
import { BadUserInputError, ServiceUnavailableError } from '@app/domain';
import { OrganizationIndexService } from './organization-index.service';
import { SearchTaskFailedError } from './meilisearch-errors';

/** A stand-in Meilisearch answering every request with one status and body. */
async function fakeServer(
  status: number,
  body: unknown,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function service(url: string, timeout = 2000): OrganizationIndexService {
  const env = Object.assign(new Environment(), { MEILI_INDEX_PREFIX: 'unit_' });
  return new OrganizationIndexService(new Meilisearch({ host: url, apiKey: 'k', timeout }), env);
}

const params = { query: '용접', limit: 10, offset: 0 };

describe('OrganizationIndexService errors', () => {
  it('names its index after the prefix', () => {
    expect(service('http://127.0.0.1:1').indexUid).toBe('unit_organizations');
  });

  it('turns a refused connection into ServiceUnavailableError', async () => {
    const index = service('http://127.0.0.1:1');
    await expect(index.search(params)).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(index.upsert([{ id: 'x' } as never])).rejects.toBeInstanceOf(
      ServiceUnavailableError,
    );
    await expect(index.documentCount()).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(index.health()).resolves.toBe(false);
  });

  it('turns a 5xx and a request timeout into ServiceUnavailableError', async () => {
    const server = await fakeServer(503, { message: 'busy', code: 'x', type: 'system', link: '' });
    const hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    try {
      await expect(service(server.url).search(params)).rejects.toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        details: { service: 'Meilisearch' },
      });
      const { port } = hanging.address() as AddressInfo;
      await expect(service(`http://127.0.0.1:${port}`, 200).search(params)).rejects.toBeInstanceOf(
        ServiceUnavailableError,
      );
    } finally {
      await server.close();
      hanging.closeAllConnections();
      await new Promise((resolve) => hanging.close(resolve));
    }
  });

  it('rethrows a request Meilisearch rejects, which is a bug', async () => {
    const server = await fakeServer(400, {
      message: 'Attribute `x` is not filterable.',
      code: 'invalid_search_filter',
      type: 'invalid_request',
      link: '',
    });
    try {
      await expect(service(server.url).search(params)).rejects.toBeInstanceOf(MeilisearchApiError);
    } finally {
      await server.close();
    }
  });

  it('says the index is not built yet when it is missing', async () => {
    const server = await fakeServer(404, {
      message: 'Index `unit_organizations` not found.',
      code: 'index_not_found',
      type: 'invalid_request',
      link: '',
    });
    try {
      await expect(service(server.url).search(params)).rejects.toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        message: expect.stringContaining('not built'),
      });
      await expect(service(server.url).documentCount()).resolves.toBe(0);
    } finally {
      await server.close();
    }
  });

  it('throws a failed task with what Meilisearch said', async () => {
    const failed = {
      uid: 7,
      taskUid: 7,
      indexUid: 'unit_organizations',
      status: 'failed',
      type: 'documentAdditionOrUpdate',
      error: { message: 'bad _geo', code: 'invalid_document_geo_field', type: 'invalid_request' },
    };
    const server = await fakeServer(200, failed);
    try {
      const error = await service(server.url)
        .upsert([{ id: 'x' } as never])
        .catch((e: unknown) => e);
      // ensureIndex's first step (getRawIndex) succeeds, index creation is skipped, and the
      // settings task is the one reported failed.
      expect(error).toBeInstanceOf(SearchTaskFailedError);
      expect((error as Error).message).toContain('bad _geo');
    } finally {
      await server.close();
    }
  });

  it('checks parameters before calling Meilisearch', async () => {
    await expect(
      service('http://127.0.0.1:1').search({ ...params, sort: 'DISTANCE' }),
    ).rejects.toBeInstanceOf(BadUserInputError);
  });
});
