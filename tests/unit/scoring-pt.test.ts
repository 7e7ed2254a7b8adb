// The Portuguese pack (rubrics/support-reply/lang/pt.yaml) read against
// rubric-guide.md. There are no Portuguese dev items, so these sentences are
// the pack's own evidence: every phenomenon of the guide, in European (pt-PT:
// "equipa", "contacto", "estou a verificar", "enviei-lhe", "enviar-lhe-ei") and
// Brazilian (pt-BR: "equipe", "contato", "estou verificando", "te enviei", "vou
// te mandar") Portuguese, with você, o senhor/a senhora and tu.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
type Verdicts = Partial<Record<'apology' | 'empathy' | 'ownership' | 'commitments' | 'satisfaction_check', 'pass' | 'fail' | 'na'>>;

function verdicts(reply: string, customer: string | null): Verdicts {
  const out = scoreReply({ text: reply, quoted: customer, language: 'pt' }, rubric);
  return Object.fromEntries(Object.entries(out.criteria).map(([id, r]) => [id, r.verdict]));
}

/** Complaints: a problem and an emotion, so apology and empathy apply. */
const PT_COMPLAINT = 'Bom dia, o frigorífico que comprei deixou de funcionar e ninguém me responde. Estou muito chateada.';
const BR_COMPLAINT = 'Oi, a geladeira que comprei parou de funcionar e ninguém me responde. Estou muito irritada.';
/** A plain question: nothing went wrong. */
const QUESTION = 'Olá, fazem entregas na Madeira? Obrigado.';

function check(name: string, reply: string, customer: string | null, want: Verdicts) {
  it(name, () => {
    const got = verdicts(reply, customer);
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k as keyof Verdicts]]))).toEqual(want);
  });
}

describe('Portuguese: apology', () => {
  check('"perdoe o transtorno" is an apology', 'Perdoe o transtorno com o frigorífico.', PT_COMPLAINT, { apology: 'pass' });
  check('"lamento que pense assim" apologises for the opinion, not the trouble', 'Lamento que pense assim sobre o nosso serviço.', PT_COMPLAINT, { apology: 'fail' });
  check('"lamentamos que não seja possível…" only softens a refusal', 'Lamentamos que não seja possível trocar o aparelho.', BR_COMPLAINT, { apology: 'fail' });
  check('"só hoje consigo responder-lhe" admits a delay, so an apology is needed', 'Só hoje consigo responder-lhe. Sim, entregamos na Madeira.', QUESTION, { apology: 'fail' });
  check('a plain request to cancel a subscription is not a complaint', 'Cancelei hoje a sua assinatura; não será renovada.', 'Olá, quero cancelar a minha assinatura antes da renovação, já não a uso.', { apology: 'na', empathy: 'na' });
  check('a return asked for "há 45 dias" is not a problem to apologise for', 'Sim, pode devolver: envio-lhe hoje a etiqueta.', 'Olá, comprei uns sapatos há 45 dias e queria devolvê-los. É possível?', { apology: 'na', empathy: 'na' });
  check('pt-PT "peço desculpa pelo…" is a genuine apology', 'Peço desculpa pelo frigorífico avariado.', PT_COMPLAINT, { apology: 'pass' });
  check('"lamento muito que…" is a genuine apology', 'Lamento muito que o frigorífico tenha deixado de funcionar.', PT_COMPLAINT, { apology: 'pass' });
  check('pt-BR "sinto muito" is a genuine apology', 'Sinto muito pelo transtorno com a geladeira.', BR_COMPLAINT, { apology: 'pass' });
  check('"pedimos desculpas" (we) is a genuine apology', 'Pedimos desculpas pela demora na resposta.', BR_COMPLAINT, { apology: 'pass' });
  check('"lamento se…" is a conditional non-apology', 'Lamento se a nossa resposta a deixou chateada.', PT_COMPLAINT, { apology: 'fail' });
  check('"peço desculpa caso…" is a conditional non-apology', 'Peço desculpa caso se tenha sentido mal atendida.', PT_COMPLAINT, { apology: 'fail' });
  check('"lamentamos que se sinta assim" apologises for the feeling', 'Lamentamos que se sinta assim em relação ao nosso serviço.', PT_COMPLAINT, { apology: 'fail' });
  check('"lamentamos informar que…" only softens a refusal', 'Lamentamos informar que a garantia já expirou.', BR_COMPLAINT, { apology: 'fail' });
  check(
    'an apology undercut in the next sentence by blame fails',
    'Peço desculpa pelo sucedido. Como está claramente indicado no manual, devia ter verificado a tensão antes de ligar o aparelho.',
    PT_COMPLAINT,
    { apology: 'fail', empathy: 'fail' },
  );
  check(
    'three apologies in one reply fail',
    'Peço imensa desculpa. Lamento mesmo o incómodo. Troquei hoje o frigorífico. Mais uma vez, as nossas sinceras desculpas.',
    PT_COMPLAINT,
    { apology: 'fail' },
  );
  check('"não precisa de pedir desculpa" answers the customer\'s own apology', 'Não precisa de pedir desculpa! Sim, entregamos na Madeira.', 'Desculpe o incómodo, fazem entregas na Madeira?', { apology: 'na' });
  check('"infelizmente" is not an apology', 'Infelizmente a peça já não é fabricada.', PT_COMPLAINT, { apology: 'fail' });
});

describe('Portuguese: empathy', () => {
  check('"desculpa pela dor de cabeça" names the customer\'s trouble', 'Desculpa pela dor de cabeça com a entrega!', BR_COMPLAINT, { apology: 'pass', empathy: 'pass' });
  check('"compreendo a sua frustração, mas o contrato…" is a brush-off', 'Compreendo a sua frustração, mas o contrato não prevê esta reparação.', PT_COMPLAINT, { empathy: 'fail' });
  check('"ainda mais dependendo dele" names the impact on the customer', 'Peço desculpa pelo portátil danificado, ainda mais dependendo dele para trabalhar.', PT_COMPLAINT, { empathy: 'pass' });
  check('"entendo como é frustrante" acknowledges the feeling', 'Entendo como é frustrante ficar sem frigorífico.', PT_COMPLAINT, { empathy: 'pass' });
  check('"imagino o transtorno" acknowledges the impact', 'Imagino o transtorno de perder toda a comida.', BR_COMPLAINT, { empathy: 'pass' });
  check('"compreendo perfeitamente a sua irritação" acknowledges the feeling', 'Compreendo perfeitamente a sua irritação.', BR_COMPLAINT, { empathy: 'pass' });
  check('"acalme-se" fails empathy even beside an empathy phrase', 'Acalme-se, por favor. Compreendo a sua frustração.', PT_COMPLAINT, { empathy: 'fail' });
  check('"como já lhe expliquei" is dismissive', 'Como já lhe expliquei, a garantia não cobre este defeito.', PT_COMPLAINT, { empathy: 'fail' });
  check('"deveria ter…" blames the customer', 'O senhor deveria ter lido o manual antes de instalar.', PT_COMPLAINT, { empathy: 'fail' });
  check('an apology alone is not empathy', 'Peço desculpa. Enviei hoje um técnico.', PT_COMPLAINT, { empathy: 'fail' });
  check('a plain question needs no empathy', 'Sim, entregamos na Madeira em 5 a 7 dias úteis.', QUESTION, { empathy: 'na' });
});

describe('Portuguese: ownership (first person singular without "eu")', () => {
  check('"procedi ao reembolso" is an owned action', 'Procedi ao reembolso do valor total.', PT_COMPLAINT, { ownership: 'pass' });
  check('"como já expliquei" is a brush-off, not an owned action', 'Como já expliquei, a garantia não cobre este defeito.', PT_COMPLAINT, { ownership: 'fail' });
  check('"reembolsei" (preterite -ei) is an owned action', 'Reembolsei hoje o valor total.', PT_COMPLAINT, { ownership: 'pass' });
  check('pt-PT enclitic "enviei-lhe" is an owned action', 'Enviei-lhe esta manhã a etiqueta de devolução.', PT_COMPLAINT, { ownership: 'pass' });
  check('pt-BR proclitic "te enviei" is an owned action', 'Já te enviei o código de rastreio por e-mail.', BR_COMPLAINT, { ownership: 'pass' });
  check('"vou verificar" is an owned next step', 'Vou verificar com o armazém onde está a peça.', PT_COMPLAINT, { ownership: 'pass' });
  check('"eu mesmo trato" is an owned action', 'Eu mesmo trato da troca do aparelho.', BR_COMPLAINT, { ownership: 'pass' });
  check('pt-PT progressive "estou a tratar" is an owned action', 'Estou a tratar da substituição do frigorífico.', PT_COMPLAINT, { ownership: 'pass' });
  check('pt-BR progressive "estou verificando" is an owned action', 'Estou verificando com a transportadora agora mesmo.', BR_COMPLAINT, { ownership: 'pass' });
  check('"nós vamos…", "a equipa/equipe" (we only) fails', 'A nossa equipa técnica vai analisar o caso e nós vamos entrar em contacto.', PT_COMPLAINT, { ownership: 'fail' });
  check('"peço desculpa" is an apology, not an owned action', 'Peço-lhe desculpa pelo sucedido.', PT_COMPLAINT, { ownership: 'fail' });
  check('"é a política da empresa" deflects even beside an action', 'Verifiquei o seu pedido, mas é a política da empresa não trocar produtos usados.', PT_COMPLAINT, { ownership: 'fail' });
  check('"não é da minha competência" deflects', 'Isso não é da minha competência, tem de ligar para a faturação.', PT_COMPLAINT, { ownership: 'fail' });
});

describe('Portuguese: commitments', () => {
  check('"a apólice está ativa até 31 de março" is information, not a promise', 'Confirmei hoje que a sua apólice está ativa até 31 de março.', QUESTION, { commitments: 'na' });
  check('a past event with its hour ("chegaram às 10h12") is not a promise', 'Desbloqueei a transferência e confirmei que o dinheiro chegou à conta às 10h12.', PT_COMPLAINT, { commitments: 'na' });
  check('"agendei uma visita para quinta-feira, entre 8h e 12h" is a concrete promise', 'Agendei uma visita técnica para quinta-feira, entre 8h e 12h.', BR_COMPLAINT, { commitments: 'pass' });
  check('"vou analisar…; te respondo até quarta" is concrete', 'Vou analisar o caso com a equipe de bagagens; te respondo até quarta-feira às 18h.', BR_COMPLAINT, { commitments: 'pass' });
  check('a visit already booked with its slot is a concrete commitment', 'A visita do técnico ficou marcada para quinta-feira às 10h.', PT_COMPLAINT, { commitments: 'pass' });
  check('a due date alone is information, not a promise', 'A próxima prestação vence a 5 de março.', QUESTION, { commitments: 'na' });
  check('opening hours are information, not a promise', 'Ao domingo a loja abre das 10h às 19h.', QUESTION, { commitments: 'na' });
  check('"até sexta-feira" is a concrete time frame', 'Envio-lhe o frigorífico novo até sexta-feira.', PT_COMPLAINT, { commitments: 'pass' });
  check('pt-PT "amanhã até ao meio-dia" is a concrete time frame', 'Ligo-lhe amanhã até ao meio-dia com a data da entrega.', PT_COMPLAINT, { commitments: 'pass' });
  check('pt-BR "amanhã até o meio-dia" is a concrete time frame', 'Vou te mandar o código amanhã até o meio-dia.', BR_COMPLAINT, { commitments: 'pass' });
  check('pt-PT mesoclisis "enviar-lhe-ei … até" is a concrete promise', 'Enviar-lhe-ei o reembolso até quinta-feira.', PT_COMPLAINT, { commitments: 'pass' });
  check('"o mais rápido possível" is vague', 'Vamos resolver o seu problema o mais rápido possível.', BR_COMPLAINT, { commitments: 'fail' });
  check('"em breve" and "brevemente" are vague', 'Um técnico irá contactá-la brevemente.', PT_COMPLAINT, { commitments: 'fail' });
  check('an offer that waits on the customer is not a promise', 'Se preferir, posso verificar a sua fatura.', QUESTION, { commitments: 'na' });
  check('information about how things usually go is not a promise', 'Normalmente a entrega demora duas semanas.', QUESTION, { commitments: 'na' });
  check('a preterite in -rei ("alterei") is not a promise', 'Alterei a morada da encomenda para Braga.', QUESTION, { commitments: 'na' });
  check('"garanto que nunca mais…" is an absolute guarantee', 'Mudei de fornecedor e garanto que isto nunca mais vai acontecer.', PT_COMPLAINT, { commitments: 'fail' });
  check('"o meu chefe vai aprovar" promises someone else\'s decision', 'Vou falar hoje com o meu chefe e tenho a certeza de que ele vai aprovar o reembolso.', PT_COMPLAINT, { commitments: 'fail' });
  check('"não é possível" alone is a flat refusal', 'Não é possível trocar produtos depois de 30 dias.', BR_COMPLAINT, { commitments: 'fail' });
  check('"mas posso…" brings an alternative', 'Não é possível trocar depois de 30 dias, mas posso oferecer-lhe um vale que lhe envio hoje.', PT_COMPLAINT, { commitments: 'pass' });
});

describe('Portuguese: satisfaction check', () => {
  check('"já recebeu o reembolso?" after a fix checks the outcome', 'Reembolsei o valor na segunda-feira. Já recebeu o reembolso?', PT_COMPLAINT, { satisfaction_check: 'pass' });
  check('pt-PT "envia-nos o número da encomenda" only asks for details', 'Lamentamos! Envia-nos por mensagem privada o número da encomenda.', PT_COMPLAINT, { satisfaction_check: 'na' });
  check('"avise-me caso não funcione" asks about the outcome', 'Reiniciei o seu router remotamente. Avise-me caso não funcione.', PT_COMPLAINT, { satisfaction_check: 'pass' });
  check('"já conseguiu entrar?" after a fix checks the outcome', 'Desbloqueei a sua conta há pouco. Já conseguiu entrar?', PT_COMPLAINT, { satisfaction_check: 'pass' });
  check('"esta solução resolve o seu problema?" checks the outcome', 'Troquei hoje o frigorífico. Esta solução resolve o seu problema?', PT_COMPLAINT, { satisfaction_check: 'pass' });
  check('"fica satisfeita com…" checks the outcome', 'Reembolsei os 60 €. Fica satisfeita com esta solução?', PT_COMPLAINT, { satisfaction_check: 'pass' });
  check('pt-BR "me avisa se funcionou" checks the outcome', 'Reiniciei o seu modem remotamente. Me avisa se funcionou, por favor.', BR_COMPLAINT, { satisfaction_check: 'pass' });
  check('"posso ajudar em mais alguma coisa?" alone fails', 'Reembolsei hoje o valor total.\n\nPosso ajudar em mais alguma coisa?', PT_COMPLAINT, { satisfaction_check: 'fail' });
  check('"fico à sua disposição" alone fails', 'Reembolsei hoje o valor total. Fico à sua disposição para qualquer dúvida.', BR_COMPLAINT, { satisfaction_check: 'fail' });
  check('a reply that only asks for details needs no check', 'Pode indicar-me o número de série do aparelho?', PT_COMPLAINT, { satisfaction_check: 'na' });
  check(
    'a follow-up call to check it works passes',
    'O técnico passou hoje. Ligo-lhe amanhã às 10h para confirmar que o frigorífico está a funcionar.',
    PT_COMPLAINT,
    { satisfaction_check: 'pass' },
  );
  check('a thank-you note needs no check', 'Muito obrigado pelas suas simpáticas palavras, ficamos muito contentes!', 'Queria só agradecer, o técnico foi impecável.', { satisfaction_check: 'na' });
});
