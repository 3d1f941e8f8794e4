import services from './services';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__CM_MEILI__?.stop();
  const template = process.env.CM_TEST_TEMPLATE_URL;
  if (template) await services.dropDatabase(template);
}
