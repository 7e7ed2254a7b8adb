// The customer's side, two everyday forms the packs missed (rubric-guide §1, §2):
// - annoyance said as such ("Un fastidio", "Das ärgert mich wirklich", "what a
//   nuisance"): a negative feeling, so empathy applies;
// - a short or wrong delivery ("in der Kiste waren aber nur 2 kg", "I ordered
//   the large set but got the small one"): a problem, so the apology applies.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

// A reply that answers without apology or empathy.
const PLAIN: Record<string, string> = {
  en: "I've sent the missing items today by tracked post.",
  it: 'Le ho spedito oggi gli articoli mancanti con posta tracciata.',
  ro: 'V-am trimis azi articolele lipsă prin curier.',
  es: 'Le he enviado hoy los artículos que faltaban por mensajería.',
  fr: "Je vous ai envoyé aujourd'hui les articles manquants par colis suivi.",
  de: 'Ich habe Ihnen heute die fehlenden Artikel per Paket geschickt.',
  pt: 'Enviei-lhe hoje os artigos em falta por correio registado.',
};

// A question that reports no trouble, and the same with the customer's
// annoyance about their own day beside it.
const ASKS: [string, string, string][] = [
  ['en', 'Can I collect my order from the shop on Saturday morning?', 'The traffic into town on weekdays really annoys me.'],
  ['en', 'Can I collect my order from the shop on Saturday morning?', 'Driving in on a weekday is such a nuisance.'],
  ['it', 'Posso ritirare il mio ordine in negozio sabato mattina?', 'Il traffico in settimana mi irrita parecchio.'],
  ['ro', 'Pot ridica comanda din magazin sâmbătă dimineață?', 'Traficul din timpul săptămânii mă enervează foarte tare.'],
  ['es', '¿Puedo recoger mi pedido en la tienda el sábado por la mañana?', 'El tráfico entre semana me saca de quicio.'],
  ['fr', 'Puis-je retirer ma commande en boutique samedi matin ?', "La circulation en semaine, ça m'agace."],
  ['de', 'Kann ich meine Bestellung am Samstagvormittag im Laden abholen?', 'Der Verkehr unter der Woche ärgert mich wirklich.'],
  ['pt', 'Posso levantar a minha encomenda na loja no sábado de manhã?', 'O trânsito durante a semana irrita-me imenso.'],
];

// An answer with no empathy in it.
const ANSWER: Record<string, string> = {
  en: "Yes, I've put your order aside at the counter for Saturday.",
  it: 'Sì, le ho messo da parte l’ordine al banco per sabato.',
  ro: 'Da, v-am pus comanda deoparte la casă pentru sâmbătă.',
  es: 'Sí, le he dejado el pedido apartado en el mostrador para el sábado.',
  fr: "Oui, j'ai mis votre commande de côté au comptoir pour samedi.",
  de: 'Ja, ich habe Ihre Bestellung für Samstag an der Kasse zurückgelegt.',
  pt: 'Sim, deixei a sua encomenda guardada no balcão para sábado.',
};

describe('annoyance in the customer message makes empathy apply', () => {
  it.each(ASKS)('%s: "%s" + "%s"', (lang, question, annoyance) => {
    expect(verdicts(lang, ANSWER[lang], question).empathy).toBe('na');
    expect(verdicts(lang, ANSWER[lang], `${question} ${annoyance}`).empathy).toBe('fail');
  });
});

describe('a short or wrong delivery makes the apology apply', () => {
  it.each([
    ['en', 'I ordered the large set of tins but got the small one.'],
    ['en', 'The box only had 2 kg of asparagus, not 5.'],
    ['it', 'Avevo ordinato tre barattoli piccanti ma sono arrivati quelli dolci.'],
    ['it', "Nella cassa c'erano solo 2 kg di asparagi."],
    ['ro', 'Am comandat trei cutii de boia iute dar au venit trei dulci.'],
    ['es', 'Pedí tres latas de pimentón picante pero me llegaron de dulce.'],
    ['es', 'En la caja venían solo 2 kg de espárragos.'],
    ['fr', "J'ai commandé trois boîtes de piment fort mais j'ai reçu des doux."],
    ['fr', "Dans le carton, il n'y avait que 2 kg d'asperges."],
    ['de', 'Ich habe 5 kg Spargel bestellt und bezahlt, in der Kiste waren aber nur 2 kg.'],
    ['pt', 'Encomendei três latas picantes mas chegaram três doces.'],
    ['pt', 'Na caixa vinham só 2 kg de espargos.'],
  ])('%s: %s', (lang, customer) => {
    expect(verdicts(lang, PLAIN[lang], customer).apology).toBe('fail');
  });

  it.each([
    ['en', 'I have only 2 questions about the asparagus box before I order.'],
    ['de', 'Ich habe nur 2 Fragen zur Spargelkiste, bevor ich bestelle.'],
    ['it', 'Erano solo 2 giorni al matrimonio e volevo sapere se consegnate in tempo.'],
  ])('a count that reports no shortfall is no problem: %s: %s', (lang, customer) => {
    expect(verdicts(lang, PLAIN[lang], customer).apology).toBe('na');
  });
});
