// rubric-guide §5: "is there anything else?" in its many shapes is not a
// check that the problem is solved; asking whether the fix works, in any
// words, is. Closings in seven languages, after a solved access problem.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const check = (language: string, text: string) => scoreReply({ text, quoted: null, language }, rubric).criteria.satisfaction_check;

const SOLVED: Record<string, string> = {
  en: "I've reset your password and unlocked your account, so the old login link no longer works.",
  it: "Ho reimpostato la password e sbloccato l'account, quindi il vecchio link di accesso non vale più.",
  ro: 'Am resetat parola și am deblocat contul, deci vechiul link de autentificare nu mai funcționează.',
  es: 'He restablecido tu contraseña y desbloqueado la cuenta, así que el enlace antiguo ya no sirve.',
  fr: "J'ai réinitialisé votre mot de passe et débloqué votre compte : l'ancien lien ne fonctionne plus.",
  de: 'Ich habe Ihr Passwort zurückgesetzt und das Konto entsperrt; der alte Link funktioniert nicht mehr.',
  pt: 'Redefini a sua palavra-passe e desbloqueei a conta, por isso o link antigo já não funciona.',
};
const reply = (lang: string, closing: string) => `${SOLVED[lang]}\n\n${closing}`;

describe('"anything else?" in other words is still not a check', () => {
  it.each([
    ['en', 'Anything more I can do for you today?'],
    ['en', 'Is there something else you need?'],
    ['en', 'Can I help with anything further?'],
    ['it', "C'è altro che posso fare per lei?"],
    ['it', 'Posso fare altro per Lei?'],
    ['it', 'Le serve altro?'],
    ['it', "Ha bisogno di qualcos'altro?"],
    ['it', 'Posso esserle utile in qualche altro modo?'],
    ['it', 'Desidera altre informazioni?'],
    ['it', 'Posso aiutarla in altro?'],
    ['it', "Possiamo aiutarti con qualcos'altro?"],
    ['it', 'Per qualsiasi altra cosa non esiti a scrivermi.'],
    ['ro', 'Mai aveți nevoie de ceva?'],
    ['ro', 'Vă mai pot ajuta cu ceva?'],
    ['ro', 'Mai e ceva ce pot face pentru dumneavoastră?'],
    ['ro', 'Aveți nevoie de alte informații?'],
    ['ro', 'Mai doriți ceva?'],
    // the guide's own example, with the first person after "să"
    ['ro', 'Mai pot să vă ajut cu ceva?'],
    ['ro', 'Mai putem să te ajutăm cu altceva?'],
    ['ro', 'Dacă mai aveți nevoie de ceva, nu ezitați să-mi scrieți.'],
    ['es', '¿Algo más en lo que te pueda ayudar?'],
    ['es', '¿Hay algo más que pueda hacer por usted?'],
    ['es', '¿Necesitas algo más?'],
    ['es', '¿Le puedo ayudar en algo más?'],
    ['es', '¿Alguna otra duda?'],
    ['es', 'Quedo a su disposición para cualquier otra consulta.'],
    ['fr', "Y a-t-il autre chose que je puisse faire pour vous ?"],
    ['fr', 'Puis-je vous aider pour autre chose ?'],
    ['fr', "Avez-vous besoin d'autre chose ?"],
    ['fr', "Besoin d'autre chose ?"],
    ['fr', 'Je reste à votre disposition pour toute autre question.'],
    ['de', 'Kann ich sonst noch etwas für Sie tun?'],
    ['de', 'Kann ich Ihnen sonst noch irgendwie helfen?'],
    ['de', 'Gibt es noch etwas, das ich für Sie tun kann?'],
    ['de', 'Brauchst du noch etwas?'],
    ['de', 'Darf ich Ihnen noch bei etwas anderem helfen?'],
    ['de', 'Falls Sie noch etwas brauchen, melden Sie sich gern.'],
    ['pt', 'Posso ajudar em mais alguma coisa?'],
    ['pt', 'Precisa de mais alguma coisa?'],
    ['pt', 'Há mais alguma coisa que eu possa fazer por si?'],
    ['pt', 'Tem mais alguma dúvida?'],
    ['pt', 'Posso te ajudar com algo mais?'],
    ['pt', 'Qualquer outra questão, estou à disposição.'],
  ])('%s: %s', (lang, closing) => {
    const r = check(lang, reply(lang, closing));
    expect(`${r.verdict} ${r.evidence.map((e) => e.signal).join(',')}`).toMatch(/^fail .*anything_else/);
  });
});

describe('asking whether the fix works, in other words, is a check', () => {
  it.each([
    ['en', 'Is it working for you now?'],
    ['en', "Can you confirm you're able to log in now?"],
    ['en', 'If it still won’t let you in, tell me and I’ll look again.'],
    ['it', 'Così il problema è risolto per lei?'],
    ['it', 'Riesce ad accedere adesso?'],
    ['it', 'Mi conferma che ora funziona?'],
    ['it', 'Se non dovesse funzionare, mi avvisi pure.'],
    ['ro', 'Funcționează acum?'],
    ['ro', 'S-a rezolvat problema?'],
    ['ro', 'Vă puteți conecta acum?'],
    ['ro', 'Dacă nu merge, spuneți-mi și revin imediat.'],
    ['es', '¿Ya te funciona?'],
    ['es', '¿Se ha solucionado el problema?'],
    ['es', '¿Me confirmas que ya puedes entrar?'],
    ['es', 'Si sigue sin funcionar, dímelo y lo miro.'],
    ['fr', 'Est-ce que cela fonctionne maintenant de votre côté ?'],
    ['fr', 'Le problème est-il résolu pour vous ?'],
    ['fr', 'Pouvez-vous me confirmer que tout fonctionne ?'],
    ['fr', 'Si ça ne marche toujours pas, dites-le-moi.'],
    ['de', 'Funktioniert es jetzt bei Ihnen?'],
    ['de', 'Ist das Problem damit für Sie gelöst?'],
    ['de', 'Klappt die Anmeldung jetzt?'],
    ['de', 'Falls es immer noch nicht klappt, sagen Sie mir bitte Bescheid.'],
    ['pt', 'Já está a funcionar?'],
    ['pt', 'O problema ficou resolvido?'],
    ['pt', 'Pode confirmar-me que já consegue entrar?'],
    ['pt', 'Se continuar sem funcionar, avise-me.'],
  ])('%s: %s', (lang, closing) => {
    expect(check(lang, reply(lang, closing)).verdict).toBe('pass');
  });
});

describe('a real check beside "anything else?" passes with a lower score', () => {
  it.each([
    ['it', "Riesce ad accedere adesso? C'è altro che posso fare per lei?"],
    ['ro', 'Funcționează acum? Mai aveți nevoie de ceva?'],
    ['es', '¿Ya te funciona? ¿Necesitas algo más?'],
    ['fr', "Est-ce que cela fonctionne maintenant ? Avez-vous besoin d'autre chose ?"],
    ['de', 'Funktioniert es jetzt bei Ihnen? Kann ich sonst noch etwas für Sie tun?'],
    ['pt', 'Já está a funcionar? Precisa de mais alguma coisa?'],
  ])('%s: %s', (lang, closing) => {
    const r = check(lang, reply(lang, closing));
    expect(r.verdict).toBe('pass');
    expect(r.score).toBeLessThan(1);
  });
});
