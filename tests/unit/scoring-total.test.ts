// rubric-guide "The total", the result shape, and language fallback.
import { describe, expect, it } from 'vitest';
import { CriterionResultSchema } from '../../src/result.js';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const COMPLAINT = 'My order arrived with a broken handle and I am really annoyed.';

describe('the total', () => {
  it('is 100 when every applicable criterion passes', () => {
    const text =
      "Hi Lee,\n\nI'm sorry the handle arrived broken; I can imagine how annoying that is.\n\nI've sent a replacement today and it will reach you by Friday.\n\nDoes Friday work for you?\n\nBest,\nKim";
    const out = scoreReply({ text, quoted: COMPLAINT, language: 'en' }, rubric);
    expect(Object.values(out.criteria).map((c) => c.verdict)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
    expect(out.score).toBe(100);
  });

  it('is the mean of the applicable criteria, pass = 1 and fail = 0', () => {
    // apology na, empathy na, ownership pass, commitments na, satisfaction fail (anything else only)
    const text = "Hi Lee,\n\nYes, I've checked and the jug is dishwasher safe.\n\nAnything else I can help with?\n\nBest,\nKim";
    const out = scoreReply({ text, quoted: 'Is the jug dishwasher safe?', language: 'en' }, rubric);
    expect(out.criteria.apology.verdict).toBe('na');
    expect(out.criteria.ownership.verdict).toBe('pass');
    expect(out.criteria.satisfaction_check.verdict).toBe('fail');
    expect(out.score).toBe(50);
  });

  it('counts a check that also asks "anything else?" a little lower inside its pass', () => {
    const text = "Hi Lee,\n\nYes, I've checked and the jug is dishwasher safe.\n\nDoes that answer your question? Anything else I can do?\n\nBest,\nKim";
    const out = scoreReply({ text, quoted: 'Is the jug dishwasher safe?', language: 'en' }, rubric);
    expect(out.criteria.satisfaction_check.verdict).toBe('pass');
    expect(out.criteria.satisfaction_check.score).toBe(0.75);
    expect(out.score).toBe(Math.round(((1 + 0.75) / 2) * 100));
  });

  it('is null when nothing applies', () => {
    const custom = { ...rubric, criteria: rubric.criteria.filter((c) => c.id === 'apology') };
    const out = scoreReply({ text: 'Yes, it is.', quoted: 'Is the jug dishwasher safe?', language: 'en' }, custom);
    expect(out.criteria.apology.verdict).toBe('na');
    expect(out.score).toBeNull();
  });
});

describe('each criterion result', () => {
  const text = "Hello Ana,\n\nSorry the handle broke. We'll look into it soon.\n\nIs there anything else?\n\nRegards,\nKim";
  const out = scoreReply({ text, quoted: COMPLAINT, language: 'en' }, rubric);

  it('matches the contract schema', () => {
    for (const r of Object.values(out.criteria)) expect(CriterionResultSchema.safeParse(r).success).toBe(true);
  });

  it('has evidence spans that are offsets into the reply text, each with its signal', () => {
    const spans = Object.values(out.criteria).flatMap((c) => c.evidence);
    expect(spans.length).toBeGreaterThan(0);
    for (const e of spans) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.signal).toMatch(/^[a-z_]+$/);
    }
  });

  it('has one coach sentence of feedback', () => {
    for (const r of Object.values(out.criteria)) expect(r.feedback).toMatch(/^[^\n]+[.!?)]$/);
  });

  it('na has no score, pass and fail score inside 0..1', () => {
    for (const r of Object.values(out.criteria)) {
      if (r.verdict === 'na') expect(r.score).toBeNull();
      else expect(r.score).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('scoring is pure', () => {
  it('gives the same result for the same input', () => {
    const input = { text: "I'm sorry, I've refunded you today.", quoted: COMPLAINT, language: 'en' };
    expect(scoreReply(input, rubric)).toEqual(scoreReply(input, rubric));
  });
});

describe('a language without a pack', () => {
  it('falls back to the pack whose words the reply uses, and says so', () => {
    const out = scoreReply({ text: 'Ci scusiamo per il ritardo, le ho già spedito il pacco.', quoted: null, language: 'xx' }, rubric);
    expect(out.criteria.apology.verdict).toBe('pass');
    expect(out.criteria.apology.feedback).toMatch(/"it" language pack/);
  });

  it('falls back to English when nothing matches better', () => {
    const out = scoreReply({ text: 'Tack för ditt mejl.', quoted: null, language: 'sv' }, rubric);
    expect(out.criteria.ownership.feedback).toMatch(/"en" language pack/);
  });

  it('uses the base language of a regional code', () => {
    const out = scoreReply({ text: 'Pedimos desculpa pelo atraso.', quoted: 'A encomenda está atrasada.', language: 'pt-BR' }, rubric);
    expect(out.criteria.apology.verdict).toBe('pass');
    expect(out.criteria.apology.feedback).not.toMatch(/language pack/);
  });
});
