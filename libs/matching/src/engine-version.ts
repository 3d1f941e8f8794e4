/**
 * Stored with every suggestion. Bump it whenever scores change for the same input (weights,
 * analysis, factors), so stale suggestions can be told apart and rescored.
 */
export const ENGINE_VERSION = 'match-1';
