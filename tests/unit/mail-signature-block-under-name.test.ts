// After the closing and the agent's name, a blank line and then a signature
// block: the name again, a department or title, the organisation, a service
// number or an address. The reply ends at the name under the closing, even
// when the block's lines are too long or too wordy to read as names.
import { describe, expect, it } from 'vitest';
import { isolateReply } from '../../src/mail/isolate.js';

const BODY = 'Hello,\n\nI have moved your appointment to Thursday at 10:30 and sent you the new confirmation.';

const isolate = (text: string, name: string | null) =>
  isolateReply({ text, html: null, from: name ? { name, email: 'agent@example.org' } : null }).text;

// [language, closing, name, block lines]
const BLOCKS: [string, string, string, string[]][] = [
  ['en', 'Kind regards,', 'Gemma Hall', ['Admissions and Records Office of the Faculty of Arts', 'University of Northfield']],
  ['it', 'Cordiali saluti,', 'Giulia Conti', ['Giulia Conti', 'Ufficio Resi e Rimborsi - Casa Serena S.r.l.', 'Via Garibaldi 14, 10122 Torino (TO)']],
  ['ro', 'Cu stimă,', 'Ioana Radu', ['Ioana Radu', 'Biroul Relații cu Publicul al Primăriei Sectorului Șapte']],
  ['es', 'Un saludo,', 'Jorge Lema', ['Oficina de Relaciones Internacionales de la Facultad', 'Universidad de Poniente']],
  ['fr', 'Bien cordialement,', 'Émilie Faure', ['Émilie Faure', 'Chargée de clientèle Maisons Lumière', '3210 (service et appel gratuits)']],
  ['de', 'Viele Grüße', 'Lena Brandt', ['Lena Brandt', 'Terminplanung und Auftragsannahme - Möbelhaus Brandt']],
  ['pt', 'Atenciosamente,', 'Renata Duarte', ['Renata Duarte', 'Central de Relacionamento Lar & Jardim Online']],
];

describe('a signature block under the name, after a blank line, is cut', () => {
  it.each(BLOCKS)('%s: "%s" + "%s", then the block', (_lang, closing, name, block) => {
    const reply = `${BODY}\n\n${closing}\n${name}`;
    const mail = [reply, '', ...block].join('\n');
    expect(isolate(mail, name)).toBe(reply);
    expect(isolate(mail, null)).toBe(reply);
  });

  it('a company line with a service number between a team signer and a disclaimer goes with the disclaimer', () => {
    const reply = `${BODY}\n\nCordiali saluti,\nServizio Clienti Arcobaleno`;
    const disclaimer = 'Questo messaggio è riservato e destinato esclusivamente al destinatario indicato. Se lo avete ricevuto per errore, avvisate il mittente.';
    const mail = [reply, '', 'Arcobaleno S.p.A. - Numero verde 155, gratuito da tutte le reti nazionali', '', disclaimer].join('\n');
    expect(isolate(mail, 'Servizio Clienti Arcobaleno')).toBe(reply);
  });
});

describe('a block that repeats the name may carry a long line of what the firm does', () => {
  // "Name - what it does": the dash is no word, and the line may run past 80
  // characters when the block opens with the signer's name again.
  it.each([
    ['es', 'Un cordial saludo,', 'Julián Sánchez', ['Julián Sánchez', 'Pimentón La Dehesilla - pimentón de la Vera ahumado con leña de encina', 'Ctra. de Plasencia km 3, 10400 Jaraíz de la Vera (Cáceres)', '927 460 318']],
    ['pt', 'Cumprimentos,', 'Rui Martins', ['Rui Martins', 'Funilaria Martins - lanternas, regadores e candeeiros em folha-de-flandres e latão', 'Rua da Barbacã 23, 8100-564 Loulé', '289 412 306']],
    ['en', 'Kind regards,', 'Helen Ward', ['Helen Ward', 'Ward & Daughters Bookbinding - hand binding, rebacking and restoration of old books', '01865 556 204']],
  ])('%s: cut at the name under "%s"', (_lang, closing, name, block) => {
    const reply = `${BODY}\n\n${closing}\n${name}`;
    const mail = [reply, '', ...block].join('\n');
    expect(isolate(mail, name)).toBe(reply);
    expect(isolate(mail, null)).toBe(reply);
  });

  it('a long sentence after the repeated name is kept: that is no block line', () => {
    const mail = `${BODY}\n\nCumprimentos,\nRui Martins\n\nRui Martins\nEsqueci-me de dizer que o candeeiro segue amanhã de manhã com a transportadora, bem embalado.`;
    expect(isolate(mail, 'Rui Martins')).toContain('Esqueci-me');
  });
});

describe('near misses: what follows the name is kept', () => {
  it('a notice under the name with nothing that marks a signature', () => {
    for (const notice of ['Nos bureaux seront fermés du 24 au 26 décembre', 'Our offices are closed on Monday 25 May']) {
      const reply = `${BODY}\n\nCordialement,\nAmélie\n\n${notice}`;
      expect(isolate(reply, null)).toBe(reply);
    }
  });

  it('a sentence between the name and the signature', () => {
    const reply = `${BODY}\n\nThanks,\nTom\n\nI forgot to say: the refund is on its way.`;
    expect(isolate(`${reply}\n\nTom Baker\nAcme Rentals`, 'Tom Baker')).toBe(reply);
  });

  it('a P.S. between the name and the signature', () => {
    const reply = `${BODY}\n\nUn saludo,\nJorge\n\nP.S. Le adjunto el justificante`;
    expect(isolate(`${reply}\n\nJorge Lema\nTel. +34 910 000 000`, 'Jorge Lema')).toBe(reply);
  });

  it('a department line under a closing with no name is the signer', () => {
    const reply = `${BODY}\n\nKind regards,\n\nAdmissions and Records Office of the Faculty of Arts`;
    expect(isolate(reply, null)).toBe(reply);
  });
});

describe('a signature block that repeats the name right under it, with no blank line, is cut', () => {
  it.each(BLOCKS.filter(([, , name, block]) => block[0] === name))('%s: "%s" + "%s", then the block', (_lang, closing, name, block) => {
    const reply = `${BODY}\n\n${closing}\n${name}`;
    const mail = [reply, ...block].join('\n');
    expect(isolate(mail, name)).toBe(reply);
    expect(isolate(mail, null)).toBe(reply);
  });

  it('the same name twice is kept when a sentence follows: that is no block', () => {
    const mail = `${BODY}\n\nViele Grüße\nLena Brandt\nLena Brandt\nP.S. Ihr Gutschein gilt bis Ende März, denken Sie bitte daran.`;
    expect(isolate(mail, 'Lena Brandt')).toContain('P.S.');
  });
});

describe('a company footer with register or data-protection details is cut', () => {
  it('German Impressum line after the signature block', () => {
    const reply = `${BODY}\n\nMit freundlichen Grüßen\nTobias Krämer`;
    const footer = 'Zweckverband Wasserversorgung Oberland · Körperschaft des öffentlichen Rechts · Verbandsvorsitzender: Bürgermeister Alois Huber. Informationen zum Datenschutz finden Sie unter www.wasser-oberland.example/datenschutz.';
    expect(isolate(`${reply}\n\nTobias Krämer\nKundenservice – Zweckverband Wasserversorgung Oberland\n\n${footer}`, 'Tobias Krämer')).toBe(reply);
  });
});

// With no closing, the name may sign with whom it signs for on the next line
// ("Maria Oprea\nîn numele echipei Cojoace Săliște"), then the block opens with
// the same name: both signing lines stay, the block goes.
describe('a name with an "on behalf of" line, then a block that opens with the name', () => {
  it.each([
    ['ro', 'Maria Oprea', 'în numele echipei Cojoace Săliște', ['Maria Oprea', 'Cojoace Săliște - cojoace și pieptare lucrate manual', 'Săliște, jud. Sibiu']],
    ['en', 'Tom Hale', 'on behalf of the Hale & Sons team', ['Tom Hale', 'Hale & Sons - thatching since 1952', 'Dorchester, Dorset']],
    ['de', 'Lena Brandt', 'im Namen des Teams von Möbel Brandt', ['Lena Brandt', 'Möbel Brandt - Schreinerei', 'Hauptstraße 4, Ulm']],
  ])('%s', (_lang, name, behalf, block) => {
    const reply = `${BODY}\n\nDoes that suit you?\n\n${name}\n${behalf}`;
    const mail = [reply, '', ...block].join('\n');
    expect(isolate(mail, name)).toBe(reply);
  });
});

// The full name signs under the body, then a block opens with the same name,
// with or without a P.S. between them: the name and the P.S. stay.
describe('a full name that signs, then a block that opens with the same name', () => {
  it.each([
    ['es', 'Juan Camilo Restrepo', null, ['Juan Camilo Restrepo', 'Chivas Rumberas Medellín - recorridos en chiva por la ciudad']],
    ['it', 'Lucia Di Marco', null, ['Lucia Di Marco', "Zafferano dell'Altopiano - Zafferano dell'Aquila DOP", 'Contrada Civitaretenga, 67020 Navelli (AQ)']],
    ['ro', 'Radu Moldovan', 'P.S. Magazinul distileriei e închis între 27 și 30 septembrie.', ['Radu Moldovan', 'Distileria Moldovan - țuică și pălincă de Bistrița']],
  ])('%s', (_lang, name, ps, block) => {
    const reply = `${BODY}\n\n${name}${ps ? `\n${ps}` : ''}`;
    const mail = [reply, '', ...block].join('\n');
    expect(isolate(mail, name)).toBe(reply);
  });
});
