// A fault in our own code on one message (isolation, language, scoring) must
// not crash the CLI's batch or the worker: the message comes back unscorable,
// with the error's kind as the reason and none of the message's text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreMessage } from '../../src/pipeline.js';
import { loadRubric } from '../../src/rubrics/load.js';
import type { Rubric } from '../../src/rubrics/schema.js';

const raw = readFileSync(new URL('../fixtures/dev/dev-en-001.eml', import.meta.url));

describe('an internal error while scoring one message', () => {
  it('gives an unscorable result that says so, with the headers and without the text', async () => {
    // A rubric that passed validation but was broken afterwards: the scorer throws on it.
    const broken = { ...loadRubric(), packs: null, criteria: null } as unknown as Rubric;
    const r = await scoreMessage(raw, { source: 'dev-en-001.eml', rubric: broken });
    expect(r.status).toBe('unscorable');
    expect(r.reason).toMatch(/^internal error while scoring this message \(TypeError: /);
    expect(r.messageId).not.toBeNull();
    expect(r.agent.email).not.toBeNull();
    expect(r.reply.text).toBe('');
  });

  it('the same message with the intact rubric is scored', async () => {
    const r = await scoreMessage(raw, { source: 'dev-en-001.eml', rubric: loadRubric() });
    expect(r.status).toBe('scored');
  });
});
