import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

/**
 * Depth of an operation's selections, following fragments. Introspection fields (`__schema`,
 * `__type`) do not count: GraphiQL's own schema query is deep but harmless.
 */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    if (
      def.kind === Kind.OPERATION_DEFINITION &&
      (!operationName || def.name?.value === operationName)
    ) {
      operation ??= def;
    }
  }
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        max = Math.max(max, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(sel.selectionSet, seen));
      } else {
        const name = sel.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name))
          max = Math.max(max, depthOf(fragment.selectionSet, new Set([...seen, name])));
      }
    }
    return max;
  };
  return operation ? depthOf(operation.selectionSet, new Set()) : 0;
}

/** Each field costs 1; a paged field (`first`) costs its children times the page size. */
export const pageAwareEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : null;
  return 1 + childComplexity * (first ?? (args.first === undefined ? 1 : 20));
};

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

/** Throws a GraphQL error (code QUERY_TOO_DEEP or QUERY_TOO_COMPLEX) when a limit is passed. */
export function enforceQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  limits: QueryLimits,
): void {
  const depth = queryDepth(document, operationName);
  if (depth > limits.maxDepth) {
    throw new GraphQLError(
      `query depth ${depth} exceeds the limit of ${limits.maxDepth}; ask for less nesting`,
      {
        extensions: {
          code: 'QUERY_TOO_DEEP',
          depth,
          maxDepth: limits.maxDepth,
          http: { status: 400 },
        },
      },
    );
  }
  const complexity = getComplexity({
    schema,
    query: document,
    operationName: operationName ?? undefined,
    variables,
    estimators: [pageAwareEstimator],
  });
  if (complexity > limits.maxComplexity) {
    throw new GraphQLError(
      `query complexity ${complexity} exceeds the limit of ${limits.maxComplexity}; ask for fewer fields or smaller pages`,
      {
        extensions: {
          code: 'QUERY_TOO_COMPLEX',
          complexity,
          maxComplexity: limits.maxComplexity,
          http: { status: 400 },
        },
      },
    );
  }
}
