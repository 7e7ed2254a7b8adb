// The mail relay of `npm run soak`: posts one message to POST /v1/messages and,
// like Postfix piping to curl, keeps it and tries again after a 503, a 5xx or no
// answer at all, with a growing, jittered pause. A 202 or a final 4xx ends it.
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Answer {
  id: string;
  status: 'queued' | 'duplicate' | 'skipped';
}

export interface Delivery {
  /** The 202 answer; null for a final refusal (4xx) or when the relay gave up. */
  answer: Answer | null;
  /** When the first attempt started, and the one that was answered 202 (ms since the epoch). */
  firstTry: number;
  acceptedTry: number;
  /** Attempts answered 503 (or 5xx, or not at all) before that. */
  retries: number;
  /** Final refusal, or "gave up". */
  error?: string;
}

export interface RelayCounters {
  posts: number;
  /** Answers by HTTP status (0: no answer: connection refused, reset or timed out). */
  byStatus: Record<number, number>;
  /** ms from sending a post to its answer, every post. */
  answerMs: number[];
}

const MIN_PAUSE_MS = 250;
const MAX_PAUSE_MS = 8_000;
const POST_TIMEOUT_MS = 30_000; // curl --max-time 30, as in the Postfix pipe of docs/service.md

export function createRelay(opts: { port: number; token: string; giveUpAt: () => number }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const counters: RelayCounters = { posts: 0, byStatus: {}, answerMs: [] };

  const post = (raw: Buffer) =>
    new Promise<{ status: number; body: string }>((resolve) => {
      const t = performance.now();
      const done = (status: number, body: string) => {
        counters.posts++;
        counters.byStatus[status] = (counters.byStatus[status] ?? 0) + 1;
        counters.answerMs.push(performance.now() - t);
        resolve({ status, body });
      };
      const req = request(
        {
          host: '127.0.0.1',
          port: opts.port,
          path: '/v1/messages',
          method: 'POST',
          agent,
          timeout: POST_TIMEOUT_MS,
          headers: { authorization: `Bearer ${opts.token}`, 'content-type': 'message/rfc822', 'content-length': raw.length },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => done(res.statusCode ?? 0, body));
          res.on('error', () => done(0, ''));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', () => done(0, ''));
      req.end(raw);
    });

  /** Delivers one message, retrying what a relay retries, until a 202, a final 4xx, or the give-up time. */
  async function deliver(raw: Buffer): Promise<Delivery> {
    const firstTry = Date.now();
    let pause = MIN_PAUSE_MS;
    for (let retries = 0; ; retries++) {
      const t = Date.now();
      const res = await post(raw);
      if (res.status === 202) return { answer: JSON.parse(res.body) as Answer, firstTry, acceptedTry: t, retries };
      if (res.status >= 400 && res.status < 500 && res.status !== 429) {
        return { answer: null, firstTry, acceptedTry: t, retries, error: `${res.status} ${res.body.slice(0, 200)}` };
      }
      if (Date.now() > opts.giveUpAt()) return { answer: null, firstTry, acceptedTry: t, retries, error: 'gave up' };
      await sleep(pause / 2 + Math.random() * (pause / 2));
      pause = Math.min(pause * 2, MAX_PAUSE_MS);
    }
  }

  return { deliver, counters, close: () => agent.destroy() };
}
