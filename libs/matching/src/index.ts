/** The scoring engine (P4) lives here: pure functions over libs/domain, no I/O. */
export const ENGINE_VERSION = '0';
