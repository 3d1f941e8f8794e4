/**
 * Expected failures, typed. Services throw these; the API maps `code` to GraphQL
 * `extensions.code`, so a client can tell a bad request from a bug.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  RATE_LIMITED = 'RATE_LIMITED',
}

/** One invalid input field: its path (e.g. `input.capabilities.2.title`) and why. */
export interface FieldProblem {
  path: string;
  reason: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class BadUserInputError extends AppError {
  constructor(
    readonly fields: FieldProblem[],
    message?: string,
  ) {
    super(
      ErrorCode.BAD_USER_INPUT,
      message ?? `Invalid input: ${fields.map((f) => `${f.path} ${f.reason}`).join('; ')}`,
      { fields },
    );
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${what} ${id} does not exist`, { what, id });
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, details);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You may not do this') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in first: this needs a valid token') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(service: string, message?: string) {
    super(
      ErrorCode.SERVICE_UNAVAILABLE,
      message ?? `${service} is unavailable; try again shortly`,
      { service },
    );
  }
}
