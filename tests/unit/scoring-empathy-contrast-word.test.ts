// rubric-guide §2: "I understand how frustrating this must be" acknowledges
// the feeling. After a no or a defence of a charge, agents put a contrast word
// between the verb and what they understand: "Je comprends toutefois que…",
// "Entiendo, de todas formas, que…", "Îmi dau seama totuși că…", "Ich
// verstehe aber, dass…". It is the same acknowledgement. German "Ich
// verstehe, aber…" (the comma before "aber") is still the yes-but that takes
// it back.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const FEE: Record<string, string> = {
  en: "You charged me £85 for a visit that found nothing. I'm not happy.",
  it: 'Mi avete chiesto 60 euro per una chiusura. Mi sembra esagerato, ci sono rimasta male.',
  ro: 'Mi-ați pus 180 de lei transport pentru 40 de km. Sunt nemulțumit.',
  es: 'Me cobraron 18.000 pesos por ajustar la horma. Estoy bastante molesta.',
  fr: 'Vous m’avez compté 19 euros de port pour trente kilomètres. Je ne suis pas content du tout.',
  de: 'Sie haben mir 24 Euro Versand verrechnet. Ich bin wirklich verärgert.',
  pt: 'Cobraram-me 140 euros pela lavagem. Fiquei bastante desagradado.',
};

describe('a contrast word between "I understand" and what is understood keeps the acknowledgement', () => {
  it.each([
    ['en', 'The fee covers the inspection itself. I do understand, though, that £85 for hearing "it\'s fine" feels like money for nothing.'],
    ['it', 'Il prezzo copre il lavoro a mano. Capisco però che trovarsi davanti una cifra così l’abbia lasciata amareggiata.'],
    ['ro', 'Pentru scândurile lungi trebuie trimis camionul mare. Îmi dau seama totuși că 180 de lei se simt în buzunar.'],
    ['es', 'Ensanchar una horma lleva medio día de trabajo. Entiendo, de todas formas, que pagar 18.000 pesos se sienta como pagar dos veces.'],
    ['fr', 'Les paniers partent en colis encombrant. Je comprends toutefois que 19 euros pour trente kilomètres vous restent en travers de la gorge.'],
    ['de', 'Ein Stoffballen muss als Sperrgut verschickt werden. Ich verstehe aber, dass 24 Euro für 20 Kilometer ärgerlich sind.'],
    ['pt', 'Um tapete antigo é lavado à mão. Percebo, ainda assim, que 140 euros lhe tenham parecido muito.'],
  ])('[%s] %s', (lang, body) => {
    expect(verdicts(lang, body, FEE[lang]).empathy).toBe('pass');
  });

  it('German "Ich verstehe, aber…" with the comma before "aber" is still the yes-but', () => {
    expect(verdicts('de', 'Ich verstehe, aber die Versandkosten sind die Versandkosten.', FEE.de).empathy).toBe('fail');
  });
});
