// rubric-guide §1-§5, on replies as they are really written:
// - a bare "Scusi!", "¡Perdón!", "Desculpa 😕" that ends its clause
//   apologises; "Pardon, petite question :" and "Pardon ?" ask to be excused
//   a question or a repeat ("$" in a pattern: the clause ends there, not
//   at a comma);
// - a reply in another language than the customer's mail reads the mail in
//   its own language ("ich antworte auf Deutsch" to an English complaint);
// - chat German drops the "ich" ("bin dran, check das grad und meld mich
//   heut"), chat Portuguese says "tô vendo", "te chamo";
// - pests in food, "Que nojo", things missing from the box, "nessuno si è
//   collegato" report a trouble;
// - French "Est-ce que…?" and Portuguese "Prefere que…?" ask yes or no:
//   "que" asks what only where it opens the clause.
import { describe, expect, it } from 'vitest';
import { rubric, verdicts } from '../helpers/reply.js';
import { scoreReply } from '../../src/scoring/score.js';
import { compileList, lowerSameLength, matchSignal } from '../../src/scoring/pattern.js';
import { segment } from '../../src/scoring/segment.js';

const bare = (lang: string, text: string, quoted: string | null) =>
  Object.fromEntries(Object.entries(scoreReply({ text, quoted, language: lang }, rubric).criteria).map(([k, v]) => [k, v.verdict]));

describe('a bare sorry that ends its clause apologises', () => {
  it.each([
    ['it', 'scusi! sto controllando adesso con il tutor e la richiamo entro le 16', 'nessuno si è collegato alla lezione di oggi'],
    ['es', '¡perdón! 😕 te mando otra caja hoy antes de las 18:00', 'la caja llegó rota'],
    ['pt', 'oi Camila! desculpa 😕 eu te respondo em até 2h com a troca', 'o saco veio com bichinhos dentro. Que nojo.'],
    ['fr', 'salut, pardonne-moi ! je t’envoie une autre boîte ce soir avant 18 h', 'la boîte est arrivée cassée'],
  ])('%s', (lang, text, customer) => {
    expect(bare(lang, text, customer).apology).toBe('pass');
  });

  it('fr: "Pardon, petite question :" before a question is no apology', () => {
    const v = verdicts('fr', 'Merci ! Je te les scanne d’ici mardi 18 h. Pardon, petite question : c’est bien la pellicule d’octobre ? Ça te va ?', 'Merci pour les scans ! Tu pourrais me rescanner 6 négatifs ?');
    expect(v.apology).toBe('na');
  });

  it('"$" matches where the clause ends, not before a comma', () => {
    const sig = compileList(['^(scusi)$'])!;
    const found = (text: string) => matchSignal(sig, lowerSameLength(text)).length > 0;
    expect(found('scusi! sto controllando')).toBe(true);
    expect(found('ciao, scusi 🙏 sto controllando')).toBe(true);
    expect(found('scusi')).toBe(true);
    expect(found('scusi, una domanda')).toBe(false);
    expect(found('scusi tanto')).toBe(false);
  });
});

describe('the customer wrote in another language than the reply', () => {
  it('de reply to an English complaint: the trouble is read in English, and the apology is owed', () => {
    const v = bare(
      'de',
      'Hallo Olivia,\n\nich antworte auf Deutsch, wie ihr es euch gewünscht habt. Ich verstehe, dass zwei zusätzliche Stunden für eine Studentenband richtig weh tun.\n\nIch habe die Rechnung korrigiert. Passt das für euch?\n\nFinn',
      'Hi Finn, we lost almost two hours at the start because the mics weren’t set up. Now the invoice has two extra hours on it and this really hurts our budget.',
    );
    expect(v.apology).toBe('fail');
  });

  it('a disclaimer in English under a Spanish question does not make the question a complaint', () => {
    const v = bare(
      'es',
      'Hola, Sra. Aguado:\n\nSí, los instrumentos pueden salir de España con el seguro de viaje. ¿Le encaja así?\n\nUn saludo',
      'Hola, ¿se puede sacar del país un violín alquilado? Sería para una gira por Portugal del 1 al 7 de abril.\nCONFIDENTIALITY NOTICE: This e-mail is confidential. We accept no liability for any damage caused by viruses transmitted by this e-mail.',
    );
    expect([v.apology, v.empathy]).toEqual(['na', 'na']);
  });
});

describe('chat forms of the first person', () => {
  it('de: "bin dran, check das grad … und meld mich heut bis 14 uhr"', () => {
    const v = bare('de', 'sorry!! bin dran, check das grad mit der küche und meld mich heut bis 14 uhr bei dir', 'hab ne vegetarische dürüm bestellt und fleisch bekommen');
    expect([v.ownership, v.commitments]).toEqual(['pass', 'pass']);
  });

  it('pt: "tô vendo com o estoque agora, te chamo até às 15h"', () => {
    const v = bare('pt', 'tô vendo com o estoque agora, te chamo até às 15h, blz?', 'pedi o volume 12 e veio o 21');
    expect([v.ownership, v.commitments]).toEqual(['pass', 'pass']);
  });
});

describe('troubles said in passing', () => {
  it.each([
    ['ro', 'Tortul a fost superb! Singurul lucru: lumânările comandate n-au fost în cutie.'],
    ['it', 'La torta era ottima, ma le candeline non c’erano nella scatola.'],
    ['es', 'La tarta estaba buenísima, pero las velas no venían en la caja.'],
    ['fr', 'Le gâteau était superbe, mais les bougies n’étaient pas dans le carton.'],
    ['de', 'Die Torte war super, aber die Kerzen waren nicht im Karton.'],
    ['pt', 'O bolo estava ótimo, mas as velas não vieram na caixa.'],
    ['en', 'The cake was lovely, but the candles weren’t in the box.'],
    ['it', 'Mio figlio ha aspettato 40 minuti e nessuno si è collegato.'],
    ['pt', 'Abri o saco e tem uns bichinhos dentro. Que nojo.'],
    ['de', 'Im Müsli waren Maden, echt eklig.'],
    ['en', 'hi the screen you fixed is flickering again, not great tbh'],
  ])('%s: %s', (lang, customer) => {
    expect(verdicts(lang, 'Thanks for your message.', customer).apology).toBe('fail');
  });
});

describe('"que" after "est-ce", or inside the question, asks yes or no', () => {
  it('fr: "Est-ce que ça répond à ce dont ton fils a besoin ?" checks the answer', () => {
    const v = verdicts('fr', 'La plateforme est prévue à gauche de la régie. Je t’ai réservé deux places pour les trois soirs.\n\nEst-ce que ça répond à ce dont ton fils a besoin ?', 'Je suis inquiète : il n’y a pas de plateforme sur le plan.');
    expect(v.satisfaction_check).toBe('pass');
  });

  it('pt: "Prefere que eu envie a peça nova amanhã?" checks the answer', () => {
    const v = verdicts('pt', 'Já encomendei a peça nova e chega amanhã de manhã.\n\nPrefere que eu a leve a sua casa ou que a deixe na loja?', 'A peça veio partida.');
    expect(v.satisfaction_check).toBe('pass');
  });
});

describe('a tag question after a comma asks on its own', () => {
  it.each([
    ['pt', 'tô vendo com o estoque agora, te chamo até às 15h, blz?', 'pedi o volume 12 e veio o 21'],
    ['en', "I've posted a new one today, it'll be with you by Friday noon, ok?", 'the mug arrived chipped'],
    ['es', 'te mando hoy otra taza, te llega el viernes antes de las 14:00, ¿vale?', 'la taza llegó rota'],
  ])('%s: the statement before it still acts and promises', (lang, text, customer) => {
    const v = bare(lang, text, customer);
    expect([v.ownership, v.commitments]).toEqual(['pass', 'pass']);
  });

  it('en: "Is it the blue one or the red one, sir?" stays one question', () => {
    const v = verdicts('en', 'I have your order here. Is it the blue one or the red one, sir?', 'Which colour did I order?');
    expect(v.commitments).toBe('na');
  });
});

describe('the feeling named in few words after "that\'s"', () => {
  it.each([
    ['en', "Sorry your deck turned up with a chipped tail, that's gutting after a two-week wait. I've booked a courier for tomorrow."],
    ['en', "Sorry! That's such a bummer after waiting all week. I've sent a new one today."],
    ['ro', 'Îmi pare rău, ce păcat după două săptămâni de așteptare. V-am trimis azi alta.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, 'The board arrived damaged after two weeks.').empathy).toBe('pass');
  });
});

describe('tag questions come from the language pack', () => {
  const hooks = (tags: string[]) => ({ isGreeting: () => false, isSignoff: () => false, clauseBreaks: [], abbreviations: new Set<string>(), tagQuestions: new Set(tags) });
  it('a tag the pack lists asks on its own; without it the sentence stays one question', () => {
    const text = "I'll post it today, ok?";
    expect(segment(text, hooks(['ok'])).sentences.map((s) => s.question)).toEqual([false, true]);
    expect(segment(text, hooks([])).sentences.map((s) => s.question)).toEqual([true]);
  });
});
