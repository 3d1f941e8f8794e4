import type { ApolloDriverConfig } from '@nestjs/apollo';

// Typed through the driver: our CommonJS build and the driver's ESM build see two copies of
// @apollo/server's declarations that TypeScript will not unify.
type ApolloServerPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

export const GRAPHIQL_ASSETS_PATH = '/graphiql-assets';

/**
 * Apollo's default landing pages load their code from a CDN, which many public-sector
 * networks in Korea cannot reach. This one serves GraphiQL and React from our own
 * node_modules (see GraphiqlAssetsController).
 */
export function offlineGraphiqlPlugin(endpoint = '/graphql'): ApolloServerPlugin {
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Cluster Match · GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="${GRAPHIQL_ASSETS_PATH}/graphiql.min.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${GRAPHIQL_ASSETS_PATH}/react.production.min.js"></script>
  <script src="${GRAPHIQL_ASSETS_PATH}/react-dom.production.min.js"></script>
  <script src="${GRAPHIQL_ASSETS_PATH}/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: '{\\n  zones {\\n    code\\n    nameKo\\n    nameEn\\n    clusters { code nameKo hub { nameKo } }\\n  }\\n}\\n',
      }),
    );
  </script>
</body>
</html>`;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
