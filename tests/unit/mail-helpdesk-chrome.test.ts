// Isolation: what a help desk or chat tool adds around the agent's text is
// not the agent's writing: a rating survey or "reply to this email to…"
// footer under the reply (Freshdesk, Help Scout, Front, Intercom, in the
// seven languages), a "consider the environment before printing" line, and a
// chat tool's "Huw from Spore & Sprout" header above the greeting.
import { describe, expect, it } from 'vitest';
import { isolateReply } from '../../src/mail/isolate.js';

const reply = (body: string) => isolateReply({ text: body, html: null }).text;

describe('help-desk chrome around the reply', () => {
  it.each([
    ['en', "Hi Rhian,\n\nYour replacement goes out today.\n\nThanks for your patience!\n\nHuw\nSpore & Sprout\n\nHow would you rate the support you received?\nGood, I'm satisfied\nBad, I'm unsatisfied"],
    ['de', 'Hallo Frau Berg,\n\ndie Rechnung ist korrigiert.\n\nViele Grüße\nJana\n\nWie bewerten Sie meine Antwort?\nSehr gut / In Ordnung / Schlecht'],
    ['it', 'Ciao Marta,\n\nil pacco parte oggi.\n\nBuona giornata!\nDavide\n\nCome valuti la mia risposta?\nOttima / Discreta / Scarsa'],
    ['ro', 'Bună ziua,\n\nV-am trimis factura corectată.\n\nCu stimă,\nIrina\n\nCum evaluați asistența primită?\nBună, sunt mulțumit\nSlabă, nu sunt mulțumit'],
    ['es', '¡Hola, Marta!\n\nYa te hemos enviado las cartas.\n\nSaludos,\nJordi\n\n¿Cómo valoraría mi respuesta?\nMuy buena / Correcta / Mala'],
    ['fr', "Bonjour,\n\nLe colis part ce soir.\n\nBonne journée,\nHélène\n\nComment évaluez-vous le traitement de ce ticket ?\nExcellent | Correct | Insuffisant [#87332]"],
    ['pt', 'Olá,\n\nJá enviámos a fatura corrigida.\n\nCom os melhores cumprimentos,\nVendMais\n\nComo avalia o atendimento que recebeu?\nBom, estou satisfeito\nMau, não estou satisfeito'],
  ])('%s: the survey under the reply goes', (_lang, body) => {
    const text = reply(body);
    expect(text).not.toMatch(/rate|bewerten|valuti|evaluați|valoraría|évaluez|avalia/i);
    expect(text.split('\n').length).toBeGreaterThan(3);
  });

  it('a chat tool\'s header and footer go, the agent\'s text stays', () => {
    const text = reply('Sophie de Taxi Toutou Bruxelles\n\nBonjour Madame Claes,\n\nMalheureusement, nous ne faisons pas de trajets le samedi.\n\nBonne journée !\n\nRépondez à cet e-mail pour poursuivre la conversation.\nWe run on Intercom');
    expect(text).toBe('Bonjour Madame Claes,\n\nMalheureusement, nous ne faisons pas de trajets le samedi.\n\nBonne journée !');
  });

  it('a question about rating inside the reply itself stays', () => {
    const text = reply('Hi Sam,\n\nHow would you rate the new saddle after a week? If it still pinches, I will swap it for free.\n\nThanks,\nAnna');
    expect(text).toContain('How would you rate the new saddle');
  });

  it('"consider the environment before printing" goes with the signature', () => {
    const text = reply("Bonjour,\n\nJ'ai rectifié la facture.\n\nBien cordialement,\nAntoine\n\nPensez à l'environnement avant d'imprimer ce message.");
    expect(text).not.toContain('environnement');
  });
});
