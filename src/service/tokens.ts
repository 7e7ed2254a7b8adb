import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';

// No endpoint is open without a token. A token that is not configured is made at
// first start and kept in the data folder (mode 0600); we say where, never what.

export type Tokens = { ingest: string; read: string; admin?: string };

export function resolveTokens(config: Pick<Config, 'tokens' | 'dataDir'>, print: (line: string) => void): Tokens {
  const get = (kind: 'ingest' | 'read', variable: string): string => {
    const configured = config.tokens[kind];
    if (configured) return configured;
    const file = join(config.dataDir, `${kind}-token`);
    mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    let token: string;
    try {
      writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
      print(`email-qa: ${variable} is not set: made a new ${kind} token in ${file}`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      print(`email-qa: ${variable} is not set: the ${kind} token is in ${file}`);
    }
    token = readFileSync(file, 'utf8').trim();
    if (!token) throw new Error(`${file} is empty: delete it to make a new token, or set ${variable}`);
    return token;
  };
  return { ingest: get('ingest', 'QA_INGEST_TOKEN'), read: get('read', 'QA_READ_TOKEN'), admin: config.tokens.admin };
}
