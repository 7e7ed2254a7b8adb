// Under the name that signs: a company block whose contact line is long only
// because a phone number is written in groups of digits ("Tél. 04 78 55 01 62
// - Port. 06 55 31 27 48"), a one-line footer with the firm, its address and
// its phone, or a privacy notice that says how the company processes personal
// data. None of it is the agent's writing.
import { describe, expect, it } from 'vitest';
import { isolateReply } from '../../src/mail/isolate.js';

const isolate = (text: string, name: string | null) =>
  isolateReply({ text, html: null, from: name ? { name, email: 'agent@example.org' } : null }).text;

describe('a contact line counts its words, not its groups of digits', () => {
  it.each([
    ['fr', 'Bien cordialement,\nAntoine Bouvier', ['Antoine Bouvier', 'Gérant', 'Plomberie Saint-Jean SARL', '27 rue Saint-Jean, 69005 Lyon', 'Tél. 04 78 55 01 62 - Port. 06 55 31 27 48', 'www.plomberie-example.fr']],
    ['it', 'Cordiali saluti,\nMarco Ferri', ['Marco Ferri', 'Ferri Impianti S.r.l.', 'Tel. 02 55 01 23 45 - Cell. 333 12 34 567']],
    ['de', 'Viele Grüße\nJonas Keller', ['Jonas Keller', 'Keller Haustechnik', 'Tel. 0 89 12 34 56 78 / Mobil 01 71 23 45 67 89']],
  ])('%s: a phone line of many groups under a repeated name', (_lang, closing, block) => {
    const reply = `Bonjour,\n\nJ'ai rectifié la facture et vous la renvoie ci-jointe.\n\n${closing}`;
    expect(isolate([reply, '', ...block].join('\n'), closing.split('\n')[1])).toBe(reply);
  });

  it.each([
    ['pt', 'Olá Beatriz!\n\nMarquei-lhe a manicure para dia 5 de março às 17h.\n\nInês', 'Unhas da Ribeira · Cais da Ribeira 22, Porto · 22 555 1930'],
    ['fr', "Bonjour Madame Rey,\n\nVotre demande a bien été transmise.\n\nCordialement,\nL'Atelier des Essences", "L'Atelier des Essences SAS · 8 rue de l'Oratoire, 06130 Grasse · 04 93 55 07 21"],
    ['en', 'Hi Sam,\n\nYour table for four is booked for Friday at 8pm.\n\nCheers,\nMaya', 'The Old Forge Kitchen · 12 Mill Lane, Hebden Bridge HX7 8AD · 01422 555 019'],
  ])('%s: a one-line company footer with address and phone after a blank line', (_lang, reply, footer) => {
    expect(isolate(`${reply}\n\n${footer}`, null)).toBe(reply);
  });
});

describe('a privacy notice under the signature is cut like a disclaimer', () => {
  it.each([
    ['en', 'Kind regards,\nToolbox Customer Services', 'Privacy: Toolbox Tool Hire Ltd processes your personal data (name, address and hire details) to manage your hire. See our website for your rights.'],
    ['it', 'Cordiali saluti,\nServizio Clienti Lumora', 'Lumora S.r.l. tratta i suoi dati personali esclusivamente per la gestione della richiesta. Può esercitare i suoi diritti scrivendo al nostro responsabile.'],
    ['es', 'Un saludo,\nAtención al Cliente', 'Responsable del tratamiento: Viajes Sol S.L. Finalidad: gestionar su reserva. Puede ejercer sus derechos de acceso y supresión.'],
    ['de', 'Viele Grüße\nIhr Kundenservice', 'Hinweis: Die Muster GmbH verarbeitet Ihre personenbezogenen Daten ausschließlich zur Bearbeitung Ihrer Anfrage.'],
    ['ro', 'Cu stimă,\nEchipa Pixel Forja', 'Pixel Forja SRL prelucrează datele dumneavoastră personale doar pentru soluționarea solicitării.'],
  ])('%s', (_lang, closing, notice) => {
    const reply = `Hello,\n\nYour booking is confirmed for Thursday.\n\n${closing}`;
    expect(isolate(`${reply}\n\n${notice}`, null)).toBe(reply);
  });
});

describe('near misses: the reply keeps its own lines', () => {
  it('a sentence of the reply that gives a phone number in groups stays', () => {
    const reply = 'Hi Sam,\n\nIf the heater stops again, please ring our engineer on 07 700 90 01 23 any day this week and mention your booking\n\nThanks,\nMaya';
    expect(isolate(reply, null)).toBe(reply);
  });

  it('a one-line reply that gives a number in groups stays', () => {
    for (const reply of ["You'd need to contact our Aftersales team on 0344 556 5650 from 8am ^CB", 'Please ring our engineer on 07 700 90 01 23 any day this week after 9am']) {
      expect(isolate(reply, null)).toBe(reply);
    }
  });

  it('a paragraph about personal data above the closing stays', () => {
    const reply = 'Hello,\n\nWe have deleted the card details you asked about. Our shop processes your personal data only to deliver your orders.\n\nKind regards,\nMaya';
    expect(isolate(reply, null)).toBe(reply);
  });
});
