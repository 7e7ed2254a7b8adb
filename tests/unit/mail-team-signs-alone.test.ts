// A team or department that signs a reply on its own, with no person's name,
// signs it as much as a first name does: the line stays in the agent's text
// however many words the team's name has. The same line under a person's name
// is part of the signature block and goes.
import { describe, expect, it } from 'vitest';
import { isolateReply } from '../../src/mail/isolate.js';

const isolate = (body: string, from: { name: string | null; email: string | null } = { name: 'Brightway Energy', email: 'help@brightway.example' }) =>
  isolateReply({ text: body, html: null, from }).text;

// [closing, team] per language; every team has five words or more.
const TEAMS: [string, string, string][] = [
  ['en', 'Kind regards,', 'Customer Care Team at Brightway Energy'],
  ['it', 'Distinti saluti,', 'Ufficio Assistenza Clienti della Sede di Torino'],
  ['ro', 'Cu stimă,', 'Departamentul de Relații cu Clienții Electro Sud'],
  ['es', 'Saludos cordiales,', 'Departamento de Atención al Socio'],
  ['fr', 'Bien à vous,', 'Le Service Relation Client de Maisons Lumière'],
  ['de', 'Mit freundlichen Grüßen', 'Ihr Kundenservice der Stadtwerke Emsland'],
  ['pt', 'Atenciosamente,', 'Equipe de Atendimento ao Cliente'],
];

const BODY = 'Hello,\n\nThe second charge on your account has been reversed and will show within five working days.';

describe('a team name directly under the closing signs the reply', () => {
  it.each(TEAMS)('%s: "%s" + "%s" is kept whole', (_lang, closing, team) => {
    const reply = `${BODY}\n\n${closing}\n${team}`;
    expect(isolate(reply)).toBe(reply);
  });

  it.each(TEAMS)('%s: the team line stays, the company, phone and web lines under it go', (_lang, closing, team) => {
    const reply = `${BODY}\n\n${closing}\n${team}`;
    expect(isolate(`${reply}\nBrightway Energy Ltd\nTel. +44 20 7946 0958\nwww.brightway.example`)).toBe(reply);
  });

  it.each(TEAMS)('%s: under a person\'s name the team line is signature and goes', (_lang, closing, team) => {
    const reply = `${BODY}\n\n${closing}\nMarta Ruiz`;
    const from = { name: 'Marta Ruiz', email: 'marta.ruiz@brightway.example' };
    expect(isolate(`${reply}\n${team}\nTel. +44 20 7946 0958`, from)).toBe(reply);
    expect(isolate(`${reply}\n${team}`, { name: null, email: null })).toBe(reply);
  });
});

describe('a team name alone under the last sentence signs the reply', () => {
  it.each([
    ['en', 'Sorry again for the wait.', 'Customer Service Team Brightway Energy'],
    ['es', 'Disculpe las molestias.', 'Oficina de Atención al Socio Club Marina'],
    ['pt', 'Obrigado pela paciência.', 'Linha de Apoio ao Cliente Águas Norte'],
    ['fr', 'Merci de votre patience.', 'Le Service Clientèle Maisons Lumière'],
  ])('%s: "%s" then "%s"', (_lang, last, team) => {
    const reply = `${BODY}\n\n${last}\n\n${team}`;
    expect(isolate(reply)).toBe(reply);
  });
});

describe('near misses', () => {
  it('a last line that names a department in a sentence is the reply\'s own text', () => {
    for (const last of [
      'Our support team is on it.',
      'Customer service will call you',
      'El departamento de facturación le llamará mañana.',
      'Il servizio clienti La richiamerà',
    ]) {
      const reply = `${BODY}\n\n${last}`;
      expect(isolate(reply)).toBe(reply);
    }
  });

  it('a department line with a phone number under the closing is still signature', () => {
    const reply = `${BODY}\n\nKind regards,`;
    expect(isolate(`${reply}\nCustomer Care 0800 123 4567`)).toBe(reply);
  });
});

describe('a company that signs as itself', () => {
  const BODY2 = 'Hello,\n\nThe toll is charged by the motorway operator and we only pass it on.';

  it('keeps a department line with its organisation under it, when nothing follows', () => {
    const reply = `${BODY2}\n\nReciba un cordial saludo.\nAtención al Cliente\nSol Rent a Car`;
    expect(isolate(reply, { name: 'Sol Rent a Car', email: 'atencion@solrentacar.example' })).toBe(reply);
  });

  it("keeps the sender's own name, with its department after a dash, as the signing line", () => {
    const reply = `${BODY2}\n\nCom os melhores cumprimentos,\nTravessias do Sado – Apoio ao Cliente`;
    expect(isolate(reply, { name: 'Travessias do Sado', email: 'apoio@travessias.example' })).toBe(reply);
    const company = `${BODY2}\n\nCom os melhores cumprimentos,\nAluga Algarve – Rent a Car`;
    expect(isolate(company, { name: 'Aluga Algarve – Rent a Car', email: 'x@aluga.example' })).toBe(company);
  });

  it("keeps a team line that starts with the sender's name, under the body", () => {
    const reply = `${BODY2}\n\nThanks for your understanding.\n\nForge & Desk Community Team`;
    expect(isolate(reply, { name: 'Forge & Desk Community', email: 'hello@forgedesk.example' })).toBe(reply);
  });

  it('still cuts the company line and phone under a department when more follows', () => {
    const reply = `${BODY2}\n\nReciba un cordial saludo.\nAtención al Cliente`;
    expect(isolate(`${reply}\nSol Rent a Car\nTel. 912 345 678`, { name: 'Sol Rent a Car', email: 'a@sol.example' })).toBe(reply);
  });
});
