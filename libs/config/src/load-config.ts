import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DEVELOPMENT_JWT_SECRET, Environment, NodeEnv, NotificationTransport } from './environment';

export class ConfigValidationError extends Error {
  constructor(readonly problems: { variable: string; reason: string }[]) {
    super(
      'Invalid environment:\n' + problems.map((p) => `  - ${p.variable}: ${p.reason}`).join('\n'),
    );
    this.name = 'ConfigValidationError';
  }
}

/**
 * Reads and validates the environment. Absent (or empty) variables take their defaults;
 * anything present must be well-formed. Throws ConfigValidationError naming every bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Environment {
  const given: Record<string, string> = {};
  for (const key of Object.keys(new Environment())) {
    const value = env[key];
    if (value !== undefined && value !== '') given[key] = value;
  }
  const config = plainToInstance(Environment, given, {
    excludeExtraneousValues: true,
    exposeDefaultValues: true,
  });
  const problems = validateSync(config, { forbidUnknownValues: true }).map((error) => ({
    variable: error.property,
    reason: `${Object.values(error.constraints ?? {}).join('; ')} (got ${JSON.stringify(given[error.property])})`,
  }));
  // A forgotten secret in production would let anyone mint tokens with the published default.
  if (config.NODE_ENV === NodeEnv.PRODUCTION && config.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
    problems.push({
      variable: 'JWT_SECRET',
      reason: 'must be set to a secret of your own outside development and test',
    });
  }
  if (config.NOTIFICATION_TRANSPORT === NotificationTransport.SMTP && config.SMTP_URL === '') {
    problems.push({
      variable: 'SMTP_URL',
      reason: 'must be set when NOTIFICATION_TRANSPORT is smtp',
    });
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return config;
}
