// rubric-guide §2: "I can imagine how inconvenient it was" acknowledges the
// impact. Said with a negated verb it says the same, more strongly: "I can't
// imagine how stressful…", "non oso immaginare…", "nici nu-mi pot imagina cât
// de…", "no me quiero ni imaginar lo que…", "je n'ose pas imaginer…", "ich mag
// mir gar nicht vorstellen…", "nem imagino o susto…". The same verb about how
// a fault came about ("I can't imagine how that happened") is puzzlement, and
// acknowledges nothing.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const FLOOD: Record<string, string> = {
  en: "The washing machine flooded my kitchen, I'm furious.",
  it: 'La lavatrice mi ha allagato la cucina, sono furioso.',
  ro: 'Mașina de spălat mi-a inundat bucătăria, sunt furios.',
  es: 'La lavadora me ha inundado la cocina, estoy furioso.',
  fr: 'Le lave-linge a inondé ma cuisine, je suis furieux.',
  de: 'Die Waschmaschine hat meine Küche überflutet, ich bin wütend.',
  pt: 'A máquina de lavar inundou-me a cozinha, estou furioso.',
};

describe('a negated verb of imagining the feeling is empathy', () => {
  it.each([
    ['en', "I'm so sorry. I can't imagine how stressful it was to come home to a flooded kitchen. I've booked an engineer for tomorrow at 9 am."],
    ['en', "I'm so sorry. I can't even imagine the shock of coming home to that. I've booked an engineer for tomorrow at 9 am."],
    ['it', "Mi scuso per il danno. Non oso immaginare come si sia sentito trovando la cucina allagata. Le ho prenotato un tecnico per domani alle 9."],
    ['ro', 'Îmi pare foarte rău. Nici nu-mi pot imagina cât de neplăcut a fost să găsiți bucătăria inundată. V-am programat un tehnician mâine la ora 9.'],
    ['es', 'Lo siento muchísimo. No me quiero ni imaginar lo que fue encontrarte la cocina inundada. Te he reservado un técnico para mañana a las 9.'],
    ['fr', "Je suis vraiment désolée. Je n'ose pas imaginer votre tête en découvrant la cuisine inondée. Je vous ai réservé un technicien demain à 9 h."],
    ['de', 'Es tut mir wirklich leid. Ich mag mir gar nicht vorstellen, wie ärgerlich es war, die Küche unter Wasser zu finden. Ich habe Ihnen für morgen um 9 Uhr einen Techniker gebucht.'],
    ['pt', 'Lamento imenso. Nem imagino o susto que apanhou ao chegar a casa e ver a cozinha inundada. Marquei-lhe um técnico para amanhã às 9h.'],
  ])('[%s] %s', (lang, body) => {
    const r = verdicts(lang, body, FLOOD[lang]);
    expect([r.apology, r.empathy]).toEqual(['pass', 'pass']);
  });
});

describe('the same verb about how a fault happened acknowledges nothing', () => {
  it.each([
    ['en', 'Why was I charged twice?', "I can't imagine how that happened, the system normally blocks it. I've refunded the second charge today."],
    ['it', 'Perché mi avete addebitato due volte?', 'Non riesco a immaginare come sia successo, il sistema di solito lo blocca. Le ho stornato oggi il secondo addebito.'],
    ['es', '¿Por qué me cobrasteis dos veces?', 'No me puedo ni imaginar cómo ha pasado, el sistema suele bloquearlo. Te he devuelto hoy el segundo cargo.'],
    ['de', 'Warum wurde ich doppelt belastet?', 'Ich kann mir nicht vorstellen, wie das passiert ist, das System blockiert das normalerweise. Ich habe die zweite Belastung heute storniert.'],
    ['pt', 'Porque me cobraram duas vezes?', 'Não consigo imaginar como isto aconteceu, o sistema costuma bloquear. Devolvi-lhe hoje a segunda cobrança.'],
  ])('[%s] %s', (lang, ask, body) => {
    expect(verdicts(lang, body, ask).empathy).toBe('fail');
  });
});
