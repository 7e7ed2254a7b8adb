import { z } from 'zod';
import { ResultSchema, type Result } from '../result.js';
import type { ResultStore } from './results.js';

// Pages of results, newest first, and their JSON Feed 1.1 form (jsonfeed.org),
// shared by GET /v1/feed.json and the feed file.

export interface FeedQuery {
  agent?: string;
  team?: string;
  /** ms, inclusive */
  since?: number;
  until?: number;
  limit: number;
  cursor?: string;
}

export interface FeedPage {
  results: Result[];
  /** Cursor of the next page, or null on the last one. */
  next: string | null;
}

export const encodeCursor = (ts: number, id: string) => Buffer.from(`${ts}:${id}`).toString('base64url');

export function decodeCursor(cursor: string): { ts: number; id: string } | null {
  const m = /^(\d+):(.+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? { ts: Number(m[1]), id: m[2] } : null;
}

export async function readFeedPage(store: ResultStore, q: FeedQuery): Promise<FeedPage> {
  const index = q.agent ? store.keys.byAgent(q.agent) : q.team ? store.keys.byTeam(q.team) : store.keys.byTime;
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  const max = Math.min(after?.ts ?? Infinity, q.until ?? Infinity);
  const min = q.since ?? -Infinity;
  // Equal times come in descending id order; the ones at the cursor's time down
  // to the cursor's id were on earlier pages.
  const picked: { id: string; ts: number }[] = [];
  for (let offset = 0; picked.length <= q.limit; ) {
    const count = q.limit + 1;
    const batch = await store.newest(index, { max, min, offset, count });
    for (const e of batch) {
      if (after && e.ts === after.ts && e.id >= after.id) continue;
      picked.push(e);
      if (picked.length > q.limit) break;
    }
    if (batch.length < count) break;
    offset += count;
  }
  const page = picked.slice(0, q.limit);
  const last = page.at(-1);
  const results = (await store.getMany(page.map((e) => e.id))).filter((r): r is Result => r.status !== 'skipped');
  return { results, next: picked.length > q.limit && last ? encodeCursor(last.ts, last.id) : null };
}

export const JsonFeedSchema = z
  .object({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string(),
    home_page_url: z.string(),
    feed_url: z.string(),
    description: z.string(),
    next_url: z.string().optional(),
    items: z.array(
      z.object({
        id: z.string(),
        url: z.string(),
        title: z.string(),
        summary: z.string(),
        content_text: z.string(),
        date_published: z.string(),
        date_modified: z.string(),
        authors: z.array(z.object({ name: z.string() })).optional(),
        language: z.string().optional(),
        tags: z.array(z.string()),
        _qa: ResultSchema,
      }),
    ),
  });

export type JsonFeed = z.infer<typeof JsonFeedSchema>;

export interface JsonFeedLinks {
  /** Absolute base URL of the API, e.g. http://127.0.0.1:3000 */
  base: string;
  feedUrl: string;
  nextUrl?: string | null;
}

export function toJsonFeed(results: Result[], links: JsonFeedLinks): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'email-qa: support replies scored against the QA rubric',
    home_page_url: `${links.base}/`,
    feed_url: links.feedUrl,
    description: 'One item per outbound support reply, newest first; the full result object is under "_qa".',
    ...(links.nextUrl ? { next_url: links.nextUrl } : {}),
    items: results.map((r) => toFeedItem(r, links.base)),
  };
}

function toFeedItem(r: Result, base: string) {
  const sent = r.sentAt && !Number.isNaN(Date.parse(r.sentAt)) ? new Date(r.sentAt).toISOString() : r.scoredAt;
  const verdicts = Object.entries(r.criteria).map(([name, c]) => `${name}: ${c.verdict}`);
  const headline = r.status === 'scored' ? `Score ${r.score}` : `Unscorable: ${r.reason ?? 'unknown reason'}`;
  const author = r.agent.name ?? r.agent.id ?? r.agent.email;
  return {
    id: r.id,
    url: `${base}/v1/results/${encodeURIComponent(r.id)}`,
    title: `${r.status === 'scored' ? r.score : 'unscorable'} · ${r.subject ?? '(no subject)'}`,
    summary: [headline, ...verdicts].join(' · '),
    content_text: `${[headline, ...verdicts].join('\n')}\n\n${r.reply.text}`,
    date_published: sent,
    date_modified: r.scoredAt,
    ...(author ? { authors: [{ name: author }] } : {}),
    ...(r.language ? { language: r.language } : {}),
    tags: [r.status, ...Object.entries(r.criteria).flatMap(([name, c]) => (c.verdict === 'fail' ? [`fail:${name}`] : []))],
    _qa: r,
  };
}
