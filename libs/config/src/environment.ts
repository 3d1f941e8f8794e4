import { Expose, Transform } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';

export enum NotificationTransport {
  /** Writes each message to the log (and, like every transport, to the notification table). */
  LOG = 'log',
  SMTP = 'smtp',
}

export enum NodeEnv {
  DEVELOPMENT = 'development',
  TEST = 'test',
  PRODUCTION = 'production',
}

/** The JWT secret used when none is given; accepted only in development and test. */
export const DEVELOPMENT_JWT_SECRET = 'development-only-jwt-secret-change-me';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/**
 * Every environment variable the platform reads, with its local default. Validated once at
 * start-up (see loadConfig) so a bad value stops the process before it touches anything.
 */
export class Environment {
  @Expose()
  @IsEnum(NodeEnv)
  NODE_ENV: NodeEnv = NodeEnv.DEVELOPMENT;

  @Expose()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Expose()
  @Matches(/^postgres(ql)?:\/\/[^\s]+\/[^\s/]+$/, {
    message: 'must be a postgres:// URL with a database name',
  })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/cluster_match';

  @Expose()
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every BullMQ key, so that several deployments (or test runs) share one Redis. */
  @Expose()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'must be 1–40 letters, digits, _ or -' })
  REDIS_PREFIX = 'cm';

  @Expose()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http(s):// URL' })
  MEILI_URL = 'http://127.0.0.1:7700';

  @Expose()
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters (Meilisearch requires it)' })
  MEILI_MASTER_KEY = 'local-dev-master-key-change-me';

  /** Prefix of every Meilisearch index name, for the same reason as REDIS_PREFIX. */
  @Expose()
  @Matches(/^[A-Za-z0-9_-]{0,40}$/, { message: 'must be up to 40 letters, digits, _ or -' })
  MEILI_INDEX_PREFIX = '';

  @Expose()
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters' })
  JWT_SECRET = DEVELOPMENT_JWT_SECRET;

  @Expose()
  @Matches(/^\d+[smhd]$/, { message: "must be a duration such as '15m', '8h' or '7d'" })
  JWT_TTL = '8h';

  @Expose()
  @IsEnum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Expose()
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Expose()
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(100000)
  GRAPHQL_MAX_COMPLEXITY = 2000;

  /** Requests per minute and client address; 0 turns rate limiting off. */
  @Expose()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_PER_MINUTE = 600;

  @Expose()
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 4;

  /** An outbox row published this long ago and still not processed is looked at again. */
  @Expose()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  OUTBOX_REDISPATCH_SECONDS = 30;

  /** Partners kept per organization by the matching engine. */
  @Expose()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  MATCH_TOP_K = 20;

  /**
   * Factor weights of the matching engine, e.g. `relevance=3,proximity=1.25`; factors not named
   * keep their defaults (libs/matching/src/config.ts).
   */
  @Expose()
  @Matches(/^$|^[a-zA-Z]+=\d+(\.\d+)?(,[a-zA-Z]+=\d+(\.\d+)?)*$/, {
    message: "must be name=number pairs separated by commas, e.g. 'relevance=3,proximity=1'",
  })
  MATCH_WEIGHTS = '';

  /**
   * Statistics: a need counts as met inside a cluster or zone when a pair inside it scores at
   * least this and matches the need (clusterStats/zoneStats take a threshold of their own too).
   */
  @Expose()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))
      ? Number(value)
      : value,
  )
  @IsNumber({}, { message: 'must be a number between 0 and 1' })
  @Min(0)
  @Max(1)
  UNMET_NEED_THRESHOLD = 0.35;

  /** Port of the worker's own /metrics; 0 picks a free one. */
  @Expose()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_METRICS_PORT = 9464;

  /** How notifications (introductions) leave the platform: `log` (default) or `smtp`. */
  @Expose()
  @IsEnum(NotificationTransport)
  NOTIFICATION_TRANSPORT: NotificationTransport = NotificationTransport.LOG;

  /** The mail server when NOTIFICATION_TRANSPORT=smtp, e.g. `smtp://user:pass@mail.example.kr:587`. */
  @Expose()
  @Matches(/^$|^smtps?:\/\/[^\s]+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL = '';

  /** Sender of notification e-mails. */
  @Expose()
  @Matches(/^[^\r\n]*<?[^\s@<>]+@[^\s@<>]+>?$/, {
    message: 'must be an e-mail address, optionally with a name',
  })
  NOTIFICATION_FROM = '산학연 매칭 Cluster Match <no-reply@cluster-match.kr>';
}
