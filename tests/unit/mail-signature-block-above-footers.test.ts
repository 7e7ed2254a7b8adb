// Isolation: a signature block under the name that signs is cut even when a
// footer the rules cut on its own ("Prima di stampare, pensa all'ambiente.", a
// help desk's satisfaction survey) closes the mail below it, and when a team
// signs the reply above a block that opens with the sender's own name. The
// survey phrases that name the ticket or the service ("Wie zufrieden sind Sie
// mit der Bearbeitung dieses Tickets?") are footers in every language; an
// agent's own "Are you happy with this solution?" is not one.
import { describe, expect, it } from 'vitest';
import { isolateReply } from '../../src/mail/isolate.js';

const isolate = (text: string, name: string) => isolateReply({ text, html: null, from: { name, email: 'agent@example.org' } }).text;

describe('the block above a footer', () => {
  it('it: name, the block repeating it, then the environment line', () => {
    const reply = 'Buongiorno signor Galli,\n\nmi scusi per il disagio. La richiamo io entro le 14 di oggi.\n\nDavide Sala';
    const mail = `${reply}\n\nDavide Sala\nUfficio assistenza | Elevia Ascensori S.r.l.\nVia Lorenteggio 151, Milano\n\nPrima di stampare, pensa all'ambiente.`;
    expect(isolate(mail, 'Davide Sala')).toBe(reply);
  });

  it('de: name, the block, then a satisfaction survey and a ticket number', () => {
    const reply = 'Guten Tag Frau Maier,\n\nich habe mit dem Parkettleger gesprochen; er übernimmt die Kosten.\n\nStefan Huber';
    const mail = `${reply}\n\nStefan Huber\nKachelofenbau Huber - Meisterbetrieb\nRosenheimer Str. 40, 83101 Rohrdorf\n\nWie zufrieden sind Sie mit der Bearbeitung dieses Tickets?\nSehr zufrieden | Geht so | Unzufrieden\n\n[#46660]`;
    expect(isolate(mail, 'Stefan Huber')).toBe(reply);
  });
});

describe('a team that signs above the sender’s own block', () => {
  it.each([
    ['fr', "Bonjour,\n\nNous avons expédié ce matin les 6 sachets manquants.\n\nCela vous convient-il ?\n\nL'équipe des Lavandes de Valensole", 'Mathieu Garcin', 'Les Lavandes de Valensole - distillerie et boutique\nValensole (04)'],
    ['ro', 'Bună ziua, domnule Enache,\n\nVă mulțumim frumos pentru aprecieri! Vă așteptăm cu drag data viitoare.\n\nEchipa Luxor Auto Spa', 'Cristian Mureșan', 'Luxor Auto Spa - spălătorie auto\nCalea Aradului 88, Timișoara'],
  ])('%s: the block goes, the team stays', (_lang, reply, name, block) => {
    expect(isolate(`${reply}\n\n${name}\n${block}`, name)).toBe(reply);
  });
});

describe('survey phrases', () => {
  it.each([
    ['en', 'How satisfied were you with our support today?\nGreat | OK | Poor'],
    ['it', "Quanto è soddisfatto dell'assistenza ricevuta?\nMolto | Abbastanza | Poco"],
    ['es', '¿Cómo fue su experiencia con nuestro equipo?\nBuena | Regular | Mala'],
    ['pt', 'Qual o seu nível de satisfação com este atendimento?\nAlto | Médio | Baixo'],
  ])('%s: the survey under the reply goes', (_lang, survey) => {
    const reply = 'Hello,\n\nThe refund went out today.\n\nAnna';
    expect(isolate(`${reply}\n\n${survey}`, 'Anna Berg')).toBe(reply);
  });

  it("the agent's own check before the sign-off stays", () => {
    const reply = "Bonjour,\n\nJe vous ai remboursé les frais de port aujourd'hui.\n\nÊtes-vous satisfait de cette solution ?\n\nCordialement,\nClaire";
    expect(isolate(reply, 'Claire Martin')).toBe(reply);
  });
});
