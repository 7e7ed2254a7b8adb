import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { RedactKindListSchema } from './privacy/kinds.js';

// The service's one view of the environment. Read through a function, never at
// import time, so tests and the CLI can pass their own environment.

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i;
const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };
const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i;
const UNIT_BYTES: Record<string, number> = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "90d", "12h", "30m", "45s", "250ms" or a plain number of seconds → seconds. */
const duration = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((s, ctx) => {
      const m = DURATION.exec(s.trim());
      if (!m) {
        ctx.addIssue({ code: 'custom', message: `"${s}" is not a duration (e.g. 30d, 12h, 90s, 0)` });
        return z.NEVER;
      }
      return Number(m[1]) * UNIT_SECONDS[(m[2] ?? 's').toLowerCase()];
    });

/** "25mb", "512k" or a plain number of bytes → bytes. */
const size = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((s, ctx) => {
      const m = SIZE.exec(s.trim());
      if (!m) {
        ctx.addIssue({ code: 'custom', message: `"${s}" is not a size (e.g. 25mb, 512k, 1000000)` });
        return z.NEVER;
      }
      return Math.floor(Number(m[1]) * UNIT_BYTES[(m[2] ?? 'b').toLowerCase()]);
    });

const int = (fallback: number, min = 0) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min))
    .default(fallback);

const list = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(/[\s,;]+/)
      .map((x) => x.trim().toLowerCase().replace(/^@/, ''))
      .filter(Boolean),
  );

/** "true"/"false" (also 1/0, yes/no, on/off): "false" is false. */
const bool = (fallback: boolean) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off', '']))
    .transform((s) => (s === '' ? fallback : ['true', '1', 'yes', 'on'].includes(s)))
    .default(fallback);

/** Empty strings count as unset: `QA_READ_TOKEN=` in a compose file means "not configured". */
const optional = z
  .string()
  .optional()
  .transform((s) => (s && s.trim() ? s.trim() : undefined));

/** Addresses and CIDR ranges ("10.0.0.0/8, 2001:db8::/32, 192.0.2.7"). */
function isCidr(x: string): boolean {
  const [ip, bits, more] = x.split('/');
  const family = isIP(ip);
  return family !== 0 && more === undefined && (bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128)));
}

const cidrs = list.refine((xs) => xs.every(isCidr), 'must be IP addresses or CIDR ranges, e.g. 127.0.0.1/32, 10.0.0.0/8, ::1');

/** Express's "trust proxy": false, true, a number of hops, or addresses, CIDR ranges and loopback/linklocal/uniquelocal. */
const trustProxy = z
  .string()
  .trim()
  .default('false')
  .transform((s, ctx): boolean | number | string[] => {
    const v = s.toLowerCase();
    if (v === '' || v === 'false') return false;
    if (v === 'true') return true;
    if (/^\d+$/.test(v)) return Number(v);
    const items = v.split(/[\s,;]+/).filter(Boolean);
    const named = ['loopback', 'linklocal', 'uniquelocal'];
    const bad = items.filter((x) => !named.includes(x) && !isCidr(x));
    if (bad.length) {
      ctx.addIssue({ code: 'custom', message: `"${bad[0]}" is not an address, a CIDR range or loopback/linklocal/uniquelocal (or use true, false or a number of hops)` });
      return z.NEVER;
    }
    return items;
  });

export const EnvSchema = z.object({
  PORT: int(3000),
  HOST: z.string().default('127.0.0.1'),
  REDIS_URL: optional,
  QA_REDIS_CLUSTER: bool(false),
  QA_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and _ . : - only')
    .default('qa'),
  QA_INGEST_TOKEN: optional,
  QA_READ_TOKEN: optional,
  QA_ADMIN_TOKEN: optional,
  QA_DATA_DIR: z.string().default('./.data'),
  QA_PUBLIC_URL: optional,
  QA_MAX_MESSAGE_SIZE: size('25mb'),
  QA_SUPPORT_DOMAINS: list,
  QA_AGENTS_FILE: optional,
  QA_RUBRIC: optional,
  QA_CONCURRENCY: int(32, 1),
  QA_WORKERS: int(availableParallelism()),
  QA_ATTEMPTS: int(5, 1),
  QA_LOCK_DURATION: duration('30s'),
  QA_RAW_TTL: duration('7d'),
  QA_RAW_RETENTION: duration('0'),
  QA_RESULT_RETENTION: duration('90d'),
  QA_FAILED_RETENTION: duration('30d'),
  QA_RETENTION_SWEEP: duration('10m'),
  QA_FEED_FILE: optional,
  QA_FEED_FILE_ITEMS: int(100, 1),
  QA_SHUTDOWN_TIMEOUT: duration('30s'),
  QA_TRUST_PROXY: trustProxy,
  QA_RATE_LIMIT_WINDOW: duration('1m'),
  QA_RATE_LIMIT_INGEST: int(60_000),
  QA_RATE_LIMIT_READ: int(6_000),
  QA_SMTP_PORT: optional.pipe(z.string().regex(/^\d+$/, 'must be a port number').transform(Number).pipe(z.number().int().max(65535)).optional()),
  QA_SMTP_HOST: optional,
  QA_SMTP_NAME: optional,
  QA_SMTP_USER: optional,
  QA_SMTP_PASSWORD: optional,
  QA_SMTP_ALLOW: cidrs,
  QA_SMTP_TLS_CERT: optional,
  QA_SMTP_TLS_KEY: optional,
  QA_SMTP_MAX_CLIENTS: int(100, 1),
  QA_MAILGUN_SIGNING_KEY: optional,
  QA_MAILGUN_MAX_AGE: duration('5m'),
  QA_SENDGRID_TOKEN: optional,
  QA_POSTMARK_TOKEN: optional,
  QA_PREFER_HUMAN: bool(true),
  QA_REDACT: bool(true),
  QA_REDACT_KINDS: RedactKindListSchema.optional(),
  QA_REDACT_CUSTOMER_EMAIL: z.enum(['keep', 'hash', 'drop']).default('keep'),
  QA_CRITICAL_CRITERIA: z.string().default('empathy,commitments'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** The environment, validated, as the service uses it. Durations are in seconds. */
export const ConfigSchema = EnvSchema.transform((e, ctx) => ({
  port: e.PORT,
  host: e.HOST,
  /** undefined: the default 127.0.0.1:6379, which `startAll` may start itself. */
  redisUrl: e.REDIS_URL,
  /** REDIS_URL names one node of a Redis Cluster. */
  redisCluster: e.QA_REDIS_CLUSTER,
  prefix: e.QA_PREFIX,
  /** Prefix of every Redis key and queue, with a hash tag so that all keys share one Cluster slot (the Lua scripts touch several). */
  keyPrefix: `{${e.QA_PREFIX}}`,
  tokens: { ingest: e.QA_INGEST_TOKEN, read: e.QA_READ_TOKEN, admin: e.QA_ADMIN_TOKEN },
  dataDir: resolve(e.QA_DATA_DIR),
  publicUrl: e.QA_PUBLIC_URL?.replace(/\/+$/, ''),
  maxMessageBytes: e.QA_MAX_MESSAGE_SIZE,
  supportDomains: e.QA_SUPPORT_DOMAINS,
  agentsFile: e.QA_AGENTS_FILE,
  rubricFile: e.QA_RUBRIC,
  concurrency: e.QA_CONCURRENCY,
  workers: e.QA_WORKERS,
  attempts: e.QA_ATTEMPTS,
  /** ms a worker holds a job before it counts as stalled (a killed worker's jobs are taken up again after this). */
  lockDurationMs: Math.max(1000, Math.round(e.QA_LOCK_DURATION * 1000)),
  rawTtl: Math.max(1, Math.round(e.QA_RAW_TTL)),
  rawRetention: Math.round(e.QA_RAW_RETENTION),
  resultRetention: Math.max(1, Math.round(e.QA_RESULT_RETENTION)),
  failedRetention: Math.max(1, Math.round(e.QA_FAILED_RETENTION)),
  /** Seconds between sweeps of index entries older than the result retention (src/store/retention.ts). */
  sweepInterval: Math.max(1, Math.round(e.QA_RETENTION_SWEEP)),
  feedFile: e.QA_FEED_FILE ? resolve(e.QA_FEED_FILE) : undefined,
  feedFileItems: e.QA_FEED_FILE_ITEMS,
  shutdownTimeoutMs: Math.round(e.QA_SHUTDOWN_TIMEOUT * 1000),
  /** Which proxies' X-Forwarded-For to believe for the client's address (Express's "trust proxy"). */
  trustProxy: e.QA_TRUST_PROXY,
  /** Requests per client (token, else address) and window; 0 turns a limit off. */
  rateLimits: { windowMs: Math.max(1000, Math.round(e.QA_RATE_LIMIT_WINDOW * 1000)), ingest: e.QA_RATE_LIMIT_INGEST, read: e.QA_RATE_LIMIT_READ },
  logLevel: e.LOG_LEVEL,
  /** Per-agent aggregates count a human reviewer's verdict instead of the machine's where a review exists. */
  preferHuman: e.QA_PREFER_HUMAN,
  /** Personal identifiers masked in stored reply text and evidence (src/privacy/), on unless QA_REDACT=false. */
  redact: e.QA_REDACT
    ? {
        kinds: e.QA_REDACT_KINDS,
        customerEmail: e.QA_REDACT_CUSTOMER_EMAIL,
      }
    : null,
  /** Criteria whose failure puts a reply in the review spotlight, besides the rubric's `critical: true` ones. */
  criticalCriteria: e.QA_CRITICAL_CRITERIA.split(/[\s,;]+/).map((x) => x.trim()).filter(Boolean),
  /** The SMTP listener (src/smtp/): off unless QA_SMTP_PORT is set. */
  smtp: smtpConfig(e, ctx),
  /** Provider inbound webhooks (src/webhooks/); SendGrid and Postmark fall back to the ingest token. */
  webhooks: {
    mailgunSigningKey: e.QA_MAILGUN_SIGNING_KEY,
    /** Seconds a Mailgun signature's timestamp may be away from now. */
    mailgunMaxAgeSeconds: Math.max(1, Math.round(e.QA_MAILGUN_MAX_AGE)),
    sendgridToken: e.QA_SENDGRID_TOKEN,
    postmarkToken: e.QA_POSTMARK_TOKEN,
  },
}));

function smtpConfig(e: z.infer<typeof EnvSchema>, ctx: z.RefinementCtx) {
  if (e.QA_SMTP_PORT === undefined) return undefined;
  const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  // No door is open to anyone: an SMTP listener needs a password, an allowlist, or both.
  if (!e.QA_SMTP_USER && !e.QA_SMTP_ALLOW.length) problem('QA_SMTP_PORT', 'set QA_SMTP_USER and QA_SMTP_PASSWORD, or QA_SMTP_ALLOW (e.g. 127.0.0.1/32), or both');
  if (Boolean(e.QA_SMTP_USER) !== Boolean(e.QA_SMTP_PASSWORD)) problem('QA_SMTP_USER', 'QA_SMTP_USER and QA_SMTP_PASSWORD go together');
  if (Boolean(e.QA_SMTP_TLS_CERT) !== Boolean(e.QA_SMTP_TLS_KEY)) problem('QA_SMTP_TLS_CERT', 'QA_SMTP_TLS_CERT and QA_SMTP_TLS_KEY go together');
  return {
    port: e.QA_SMTP_PORT,
    host: e.QA_SMTP_HOST ?? e.HOST,
    /** Name in the greeting and EHLO answer (default: the machine's host name). */
    name: e.QA_SMTP_NAME,
    auth: e.QA_SMTP_USER && e.QA_SMTP_PASSWORD ? { user: e.QA_SMTP_USER, password: e.QA_SMTP_PASSWORD } : undefined,
    allow: e.QA_SMTP_ALLOW,
    tls: e.QA_SMTP_TLS_CERT && e.QA_SMTP_TLS_KEY ? { certFile: resolve(e.QA_SMTP_TLS_CERT), keyFile: resolve(e.QA_SMTP_TLS_KEY) } : undefined,
    maxClients: e.QA_SMTP_MAX_CLIENTS,
  };
}

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The config as it may be logged: secrets replaced by whether they are set. */
export function describeConfig(c: Config): Record<string, unknown> {
  return {
    ...c,
    redisUrl: c.redisUrl ? c.redisUrl.replace(/\/\/[^@/]*@/, '//***@') : undefined,
    tokens: Object.fromEntries(Object.entries(c.tokens).map(([k, v]) => [k, v ? 'set' : 'unset'])),
    smtp: c.smtp && { ...c.smtp, auth: c.smtp.auth ? { user: c.smtp.auth.user, password: 'set' } : 'unset' },
    webhooks: Object.fromEntries(Object.entries(c.webhooks).map(([k, v]) => [k, typeof v === 'number' ? v : v ? 'set' : 'unset'])),
  };
}
