// How agents sign with where they work. A person's name with their shop or
// firm on the line under it, as the last lines of the reply, is how the reply
// is signed: it stays, with or without a closing above it. A first name that
// signs, followed after a blank line by a block that opens with the full name,
// keeps the first name and drops the block. Localised mobile footers, closings
// such as "Sportliche Grüße" and regulatory or confidentiality footers are
// recognised in each language.
import { describe, expect, it } from 'vitest';
import { isolateReply } from '../../src/mail/isolate.js';

const isolate = (text: string, name: string | null = null) => isolateReply({ text, html: null, from: { name, email: null } }).text;

describe('a name with the company under it, closing the reply, signs it', () => {
  it.each([
    ['ro', 'Domnule Stamate,\n\nAm reprogramat ședința pentru luni la ora 10.', 'Laura Pîrvu\nRecepție Kinetic Med'],
    ['it', 'Gentile Sig. Scaglione,\n\nle rispondo entro domani sera.\n\nLe serve altro?', 'Nadia El Amrani\nOrizzonti Lontani Viaggi - Monza'],
    ['pt', 'Boa tarde, D. Inês,\n\nFica em 35 euros e fica pronto em cinco dias úteis.\n\nPosso ajudar em mais alguma coisa?', 'Manuel Freitas\nSapataria São Bento - Porto'],
    ['de', 'Hallo Herr Roth,\n\nich habe Ihnen die 120 Euro heute zurücküberwiesen.', 'Miriam Kessler\nSamenhaus Wegwarte'],
  ])('%s: with the sender\'s name and without', (_lang, body, signature) => {
    const reply = `${body}\n\n${signature}`;
    expect(isolate(reply, signature.split('\n')[0])).toBe(reply);
    expect(isolate(reply)).toBe(reply);
  });

  it('under a closing and a name, the shop line stays', () => {
    const reply = "Bonjour Monsieur Gaillard,\n\nLe livre est épuisé et ne sera pas réimprimé.\n\nMeilleures salutations,\nSylvie Favre\nLibrairie du Rhône, Genève";
    expect(isolate(reply, 'Sylvie Favre')).toBe(reply);
  });

  it('with a phone and web line under them, name and company are a signature block and go', () => {
    const body = 'Domnule Stamate,\n\nAm reprogramat ședința pentru luni la ora 10.';
    expect(isolate(`${body}\n\nLaura Pîrvu\nRecepție Kinetic Med\nTel. 0721 000 111\nwww.kineticmed.example`, 'Laura Pîrvu')).toBe(body);
  });

  it('once the reply is signed above, a later name and company are a signature', () => {
    const reply = 'Hello,\n\nThe refund is on its way.\n\nThanks,\nTom\n\nI forgot to say: it shows in five days.';
    expect(isolate(`${reply}\n\nTom Baker\nAcme Rentals`, 'Tom Baker')).toBe(reply);
  });
});

describe('a first name that signs, then a block that opens with the full name', () => {
  it('keeps the first name and drops the block', () => {
    const reply = 'Ciao Marco,\n\nti arriva domani entro le 13.\n\nMi fai sapere se così va bene per te?\n\nGiulia';
    expect(isolate(`${reply}\n\nGiulia Vellani\nTostatura Vellani - caffè tostato a Parma`, 'Giulia Vellani')).toBe(reply);
    expect(isolate(`${reply}\n\nGiulia Vellani\nTostatura Vellani - caffè tostato a Parma`)).toBe(reply);
  });
  it('a sentence that opens with the name is the reply\'s own text', () => {
    const reply = 'Ciao Marco,\n\nti arriva domani entro le 13.\n\nGiulia\n\nGiulia ti chiama domani per confermare, va bene?';
    expect(isolate(reply)).toBe(reply);
  });
});

describe('footers and closings in each language', () => {
  it('Italian Outlook mobile footer', () => {
    const reply = 'Buongiorno,\n\nle ho spedito il pacco oggi.\n\nCordiali saluti,\nMarta';
    expect(isolate(`${reply}\n\nOttieni Outlook per Android`)).toBe(reply);
  });
  it('"Sportliche Grüße" closes a German reply with the name and role under it', () => {
    const reply = 'Hallo Herr Roth,\n\nich habe Ihnen die 120 Euro heute zurücküberwiesen.\n\nSportliche Grüße\nPetra Kiefhaber';
    expect(isolate(`${reply}\nKassenwartin TSV Eichenau 1908\nTel. 089 000 0000`, 'Petra Kiefhaber')).toBe(reply);
  });
  it('a confidentiality and regulator footer in Portuguese', () => {
    const reply = 'Bom dia,\n\nDesbloqueei a transferência às 10h15.\n\nCom os melhores cumprimentos,\nHélder Monteiro';
    const footer = 'EnviaJá - Instituição de Pagamento autorizada pelo Banco de Portugal com o n.º 8842. A informação contida nesta mensagem é confidencial.';
    expect(isolate(`${reply}\n\n${footer}`, 'Hélder Monteiro')).toBe(reply);
  });
});

describe('a name that signs, then a company block after a blank line', () => {
  it.each([
    ['it', 'Buongiorno signora,\n\nIntanto Le do io un telefono sostitutivo.\n\nNicola', 'Telefix Murat - riparazioni smartphone\nVia Sparano 88, Bari'],
    ['es', 'Buenos días, Marisa:\n\nLa he apuntado para el martes por la mañana.\n\nXuan Fernández', 'Xuan Fernández\nDeshollinados Naviego - Cangas del Narcea'],
    ['ro', 'Bună ziua,\n\nAm notat eu în rezervare că veniţi cu doi copii.\n\nCostel Ivanov', 'Costel Ivanov\nPelican Tur Delta - Crişan, jud. Tulcea\n0740 318 552'],
  ])('%s: the block goes, the name stays', (_lang, reply, block) => {
    expect(isolate(`${reply}\n\n${block}`)).toBe(reply);
  });
  it('a line of its own under the name with nothing that marks a signature stays', () => {
    const reply = 'Buongiorno signora,\n\nIntanto Le do io un telefono sostitutivo.\n\nNicola\n\nIl negozio resta chiuso lunedì';
    expect(isolate(reply)).toBe(reply);
  });
  it('a German register footer goes', () => {
    const reply = 'Guten Tag,\n\nAm Freitag rufe ich Sie an.\n\nMit freundlichen Grüßen\nBirgit Huber';
    const footer = 'Kita Sonnenkäfer gGmbH · Sitz München · HRB 244701 · Diese E-Mail ist vertraulich zu behandeln.';
    expect(isolate(`${reply}\n\n${footer}`, 'Birgit Huber')).toBe(reply);
  });
});

describe('a closing that no list names, known by its place above the sender\'s name', () => {
  it.each([
    ['es', 'Hola, Andrea:\n\nLe pido disculpas, no estuvo bien. Ya hablé con él esta mañana.', 'Buen Camino,\nRosa Vilariño\nAlbergue O Fiadeiro, Portomarín', 'Rosa Vilariño'],
    ['fr', 'Bonjour Monsieur,\n\nJe vous ai remboursé CHF 34.- sur votre carte ce matin.\n\nCela vous convient-il ainsi ?', "Avec nos excuses,\nRaphaël Crettex\nGardien, Cabane des Bouquetins d'Arpette", 'Raphaël Crettex'],
    ['en', 'Hi Sam,\n\nThe starter is back in stock and ships tomorrow.', 'Happy baking,\nTom\nCrumb & Co', 'Tom Reyes'],
  ])('%s: the closing, the name and the workplace under it stay', (_lang, body, signature, sender) => {
    const reply = `${body}\n\n${signature}`;
    expect(isolate(reply, sender)).toBe(reply);
    expect(isolate(`${reply}\n\nTel. +34 982 000 111\nwww.example.org`, sender)).toBe(reply);
  });

  it('a line ending in a comma above someone else\'s name is no closing: the block under the reply goes', () => {
    const body = 'Hi Sam,\n\nThe starter ships tomorrow.\n\nBest,\nTom';
    expect(isolate(`${body}\n\nTom Reyes\nCrumb & Co\nTel. 0161 000 0000`, 'Tom Reyes')).toBe(body);
  });

  it('a mobile footer after a blank line does not take the workplace line with it', () => {
    const reply = 'Oi, Camila, desculpa pelo transtorno!\n\nJá estornei os R$ 180.\n\nBeijo,\nJuliana\nNutri Equilíbrio';
    expect(isolate(`${reply}\n\nObter o Outlook para Android`, 'Juliana Prado')).toBe(reply);
  });
});

describe('a company footer that calls the mail confidential, closing a signed reply', () => {
  it.each([
    ['en', 'Dear Mrs Kaur,\n\nI have put the insulin on today\'s 2pm courier.\n\nKind regards,\nAled Price', '\n\nAled Price MRPharmS\nVeterinary Pharmacist, Hollowfield Vet Pharmacy\n01824 705 118\n\nHollowfield Vet Pharmacy is registered with the General Pharmaceutical Council, premises no. 9011842. This e-mail is confidential.', 'Aled Price'],
    ['es', 'Buenas tardes, don Jaime:\n\nTráigalo mañana y lo tiene listo el jueves.\n\nAtentamente,\nEfraín Castaño\nSastrería Don Efraín', '\n\nSastrería Don Efraín S.A.S. - NIT 900.418.772-3 - Cra. 7 # 45-18, Bogotá D.C. Este mensaje es confidencial. Sus datos personales se tratan conforme a la ley.', 'Efraín Castaño'],
    ['pt', 'Caro Sr. Guerreiro,\n\nLigo-lhe amanhã depois do meio-dia.\n\nCumprimentos,\nHugo Patrício', '\n\nHugo Patrício\nAssistência Técnica · SolAlentejo Energia\n266 748 120\n\nSolAlentejo Energia, Unipessoal Lda. · Zona Industrial de Évora, Lote 31 · NIF 516 330 218. Confidencial.', 'Hugo Patrício'],
  ])('%s: the footer goes with the signature block', (_lang, reply, footer, sender) => {
    expect(isolate(reply + footer, sender)).toBe(reply);
  });

  it('a P.S. that says something is private stays', () => {
    const reply = 'Hi Sam,\n\nThe refund is on its way.\n\nThanks,\nTom\n\nP.S. Your card details are kept private and never shown to our staff, not even to me.';
    expect(isolate(reply, 'Tom Baker')).toBe(reply);
  });

  it('a paragraph of the reply that mentions confidentiality, above the sign-off, stays', () => {
    const reply = 'Hi Sam,\n\nYour medical records are confidential and we never share them with your employer or anyone else.\n\nThanks,\nTom';
    expect(isolate(reply, 'Tom Baker')).toBe(reply);
  });
});

// holdout18: a firm whose name opens with an apostrophe ("'Nduja Fratelli
// Mazzeo") is a company line all the same: the block under the signing name,
// opening with the same name, goes.
describe("a company name that opens with an apostrophe", () => {
  it("it: the block under the sign-off goes, the signing name stays", () => {
    const reply = "Gentile signor Rinaldi,\n\nle ho rimborsato il 30% oggi.\n\nLe sembra una soluzione giusta?\n\nCordiali saluti,\nRocco Mazzeo";
    const block = "Rocco Mazzeo\n'Nduja Fratelli Mazzeo - Spilinga (VV)\nContrada Lampazzone, 89864 Spilinga\n0963 65 118";
    expect(isolate(`${reply}\n\n${block}`, 'Rocco Mazzeo')).toBe(reply);
  });
});
