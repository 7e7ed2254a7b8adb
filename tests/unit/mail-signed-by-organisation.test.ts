// How replies are signed by the organisation itself or by a person with their
// firm and town: the sender's organisation with its town after the body
// ("Refugio Tuca Blanca - Benasque"), the same under a closing, a firm with a
// district number ("Buchbinderei Wallner, Wien 7"), the signing name above a
// block that repeats the sender's full name, and a legal footer under any of
// them (cut, while the signature above it stays).
import { describe, expect, it } from 'vitest';
import { isolateReply } from '../../src/mail/isolate.js';

const isolate = (text: string, name: string | null = null) => isolateReply({ text, html: null, from: { name, email: null } }).text;

describe('the sender\'s organisation, with its town, signs the reply', () => {
  it.each([
    ['es', '¡Mil gracias, Daniel!\n\nNos alegra mucho leer esto.\n\n¡Os esperamos en invierno!\n\nRefugio Tuca Blanca - Benasque', 'Refugio Tuca Blanca'],
    ['pt', 'Olá!\n\nMuito obrigado pelas palavras.\n\nEsperamos voltar a recebê-los no inverno.\n\nAbrigo de Montanha da Mourela, Montalegre', 'Abrigo de Montanha da Mourela'],
    ['pt', 'Boa tarde,\n\nLamento, mas não fazemos reembolsos de visitas realizadas.\n\nCumprimentos,\nSal do Mondego - Visitas às Salinas, Figueira da Foz', 'Sal do Mondego - Visitas às Salinas'],
  ])('%s', (_lang, reply, sender) => {
    expect(isolate(reply, sender)).toBe(reply);
  });

  it('another organisation\'s line under the body is not the sender\'s', () => {
    const body = 'Hola,\n\nLe he enviado la factura corregida.\n\nUn saludo,\nMarta';
    expect(isolate(`${body}\n\nGrupo Hostelero Pirenaico - Jaca\nTel. 974 000 111\nwww.ghp.example`, 'Refugio Tuca Blanca')).toBe(body);
  });
});

describe('a name with firm and town under a closing stays', () => {
  it.each([
    ['de', 'Sehr geehrte Frau Mayerhofer,\n\ndas tut mir leid.\n\nMit freundlichen Grüßen\nTheresa Wallner\nBuchbinderei Wallner, Wien 7', 'Theresa Wallner'],
    ['fr', 'Bonjour,\n\nJe vous réponds demain.\n\nCordialement,\nPatrick Morvan\nTrains Miniatures Daumesnil, Paris 12e', 'Patrick Morvan'],
  ])('%s', (_lang, reply, sender) => {
    expect(isolate(reply, sender)).toBe(reply);
  });
});

describe('a legal footer under the signature goes, the signature stays', () => {
  it('name and company, then a confidentiality footer', () => {
    const reply = 'Bom dia,\n\nDeixei lugar reservado para sábado, na travessia das 13h. Dá-lhe jeito esse horário?\n\nRui Penedo\nBarcaças do Sado';
    const footer = 'Barcaças do Sado, Lda. - NIPC 514 882 317 - Cais de Setúbal. Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a recebeu por engano, por favor informe o remetente e elimine-a.';
    expect(isolate(`${reply}\n\n${footer}`, 'Rui Penedo')).toBe(reply);
  });

  it('a team under a closing, then a confidentiality footer', () => {
    const reply = 'Estimada Sra. Ferrando:\n\nNo se reembolsan los cursos suspendidos por causas meteorológicas.\n\nAtentamente,\nEscola de Vela La Malvarrosa';
    const footer = 'Escola de Vela La Malvarrosa, S.L. CIF B98114562. La información contenida en este correo es confidencial. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.';
    expect(isolate(`${reply}\n\n${footer}`, 'Escola de Vela La Malvarrosa')).toBe(reply);
  });
});

describe('the signing name stays above a block that repeats the sender\'s full name', () => {
  it('de', () => {
    const reply = 'Moin Frau Carstensen,\n\nes tut mir leid.\n\nKlappt das so für Sie?\n\nOkke Petersen';
    expect(isolate(`${reply}\n\nOkke Petersen\nDrachenladen Nordwind, St. Peter-Ording\nTel. 04863 478 201`, 'Okke Petersen')).toBe(reply);
  });
});
