// rubric-guide §1, §2: blame takes an apology back. "Non è colpa sua", "Das
// ist nicht Ihre Schuld" take the fault off the customer: no blame. "Not that
// I'm blaming you, but…" disclaims the blame and lays it on them all the
// same: blame.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const CUSTOMER: Record<string, string> = {
  en: 'The orchid you sold me dropped all its buds after a week. Was it my watering?',
  it: "L'orchidea che mi avete venduto ha perso tutti i boccioli dopo una settimana. Ho sbagliato ad annaffiare?",
  ro: 'Orhideea cumpărată de la dumneavoastră și-a pierdut toți bobocii după o săptămână. Am udat-o greșit?',
  es: 'La orquídea que me vendieron perdió todos los botones en una semana. ¿Fue mi riego?',
  fr: "L'orchidée que vous m'avez vendue a perdu tous ses boutons en une semaine. Est-ce mon arrosage ?",
  de: 'Die Orchidee, die Sie mir verkauft haben, hat nach einer Woche alle Knospen verloren. Lag es an meinem Gießen?',
  pt: 'A orquídea que me venderam perdeu todos os botões numa semana. Foi da minha rega?',
};

describe('the fault taken off the customer is no blame', () => {
  it.each([
    ['it', 'Mi dispiace molto per la pianta. Non è colpa sua, anzi: il problema è lo sbalzo di temperatura nel trasporto. Le ho spedito oggi una pianta nuova.'],
    ['ro', 'Îmi pare foarte rău pentru plantă. Nu este vina dumneavoastră: problema e diferența de temperatură din transport. V-am trimis azi o plantă nouă.'],
    ['es', 'Lamento mucho lo de la planta. No es culpa suya para nada: el problema es el cambio de temperatura en el transporte. Le he enviado hoy una planta nueva.'],
    ['fr', "Je suis vraiment désolée pour la plante. Ce n'est pas de votre faute : le problème vient du choc de température pendant le transport. Je vous ai envoyé aujourd'hui une nouvelle plante."],
    ['de', 'Es tut mir sehr leid um die Pflanze. Das ist nicht Ihre Schuld: Das Problem ist der Temperatursturz beim Transport. Ich habe Ihnen heute eine neue Pflanze geschickt.'],
  ])('%s: the apology stands', (lang, body) => {
    expect(verdicts(lang, body, CUSTOMER[lang]).apology).toBe('pass');
  });
});

describe('"not that I\'m blaming you, but…" blames', () => {
  it.each([
    ['en', "I'm sorry about the orchid. Not that I'm blaming you, but it was standing on a sunny sill. I've sent you a new plant today."],
    ['it', "Mi dispiace per l'orchidea. Non per darle la colpa, ma la pianta era al sole sul davanzale. Le ho spedito oggi una pianta nuova."],
    ['ro', 'Îmi pare rău pentru orhidee. Nu că v-aș învinui, dar planta stătea în soare pe pervaz. V-am trimis azi o plantă nouă.'],
    ['es', 'Lamento lo de la orquídea. No es por echarle la culpa, pero la planta estaba al sol en la ventana. Le he enviado hoy una planta nueva.'],
    ['fr', "Je suis désolée pour l'orchidée. Ce n'est pas pour vous accabler, mais la plante était en plein soleil. Je vous ai envoyé aujourd'hui une nouvelle plante."],
    ['de', 'Es tut mir leid um die Orchidee. Nicht, dass ich Ihnen die Schuld gebe, aber die Pflanze stand in der prallen Sonne. Ich habe Ihnen heute eine neue Pflanze geschickt.'],
    ['pt', 'Lamento muito o que aconteceu com a orquídea. Não é para a culpar, mas a planta estava ao sol na janela. Enviei-lhe hoje uma planta nova.'],
  ])('%s: the apology is taken back', (lang, body) => {
    expect(verdicts(lang, body, CUSTOMER[lang]).apology).toBe('fail');
  });
});
