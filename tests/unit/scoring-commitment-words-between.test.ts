// rubric-guide §4 with a word in the way: "je ne peux donc pas vous le
// commander" is a no; "in zwei bis drei Werktagen" is a time frame; "quando
// tiver disponibilidade" (when there is availability) is no time at all.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('commitments with a word in the way', () => {
  it('fr: "je ne peux donc pas" refuses, and fails without an alternative', () => {
    expect(verdicts('fr', "J'ai vérifié : le livre est épuisé. Je ne peux donc pas vous le commander.", 'Pouvez-vous me commander ce livre ?').commitments).toBe('fail');
  });
  it('de: a refund with "in zwei bis drei Werktagen" is timed', () => {
    expect(verdicts('de', 'Ich habe Ihnen die 120 Euro heute zurücküberwiesen; das Geld ist in zwei bis drei Werktagen auf Ihrem Konto.', 'Sie haben doppelt abgebucht.').commitments).toBe('pass');
  });
  it('pt: a visit "quando tiver disponibilidade" is vague', () => {
    expect(verdicts('pt', 'O técnico vai aí quando tiver disponibilidade.', 'O alarme dispara todas as noites.').commitments).toBe('fail');
  });
});

describe('saying what we do not control is no refusal', () => {
  it('pt: "Infelizmente não temos controle sobre os prazos…" refuses nothing', () => {
    expect(verdicts('pt', 'Infelizmente não temos controle sobre os prazos de envio dos vendedores parceiros.', 'A minha encomenda está atrasada há três semanas.').commitments).toBe('na');
  });
  it('pt: "Infelizmente não temos esse modelo" still says no', () => {
    expect(verdicts('pt', 'Infelizmente não temos esse modelo em stock.', 'Podem enviar-me o modelo azul?').commitments).toBe('fail');
  });
});

describe('"booking rules apply" says no', () => {
  it('en: a refund answered with "booking rules apply" is a refusal without an alternative', () => {
    expect(verdicts('en', 'Really sorry that you feel this way. We just have to be fair to all of our guests, hence booking rules apply.', 'You closed my case without a refund of the $400 baggage fees.').commitments).toBe('fail');
  });
});
