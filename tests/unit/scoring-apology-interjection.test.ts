// rubric-guide §1 in casual replies: a bare "perdona" / "scusa" / "pardon" /
// "desculpa" after an interjection ("Uy, perdona", "Oups, pardon") or right
// before owning the mistake ("scusa, colpa mia", "perdona, fallo nuestro")
// is an apology. "Pardon ?" asking to repeat is not one.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('casual apologies', () => {
  it.each([
    ['es', 'Uy, perdona, fallo nuestro total. Te he devuelto los 6 croissants.', 'Faltaban 6 croissants en mi pedido.'],
    ['es', 'Perdona, error mío: te he devuelto los 6 croissants.', 'Faltaban 6 croissants en mi pedido.'],
    ['it', 'Ops, scusa! Ti ho rimborsato i 6 cornetti.', 'Mancavano 6 cornetti nel mio ordine.'],
    ['it', 'Scusa, colpa mia: ti ho rimborsato i 6 cornetti.', 'Mancavano 6 cornetti nel mio ordine.'],
    ['fr', "Oups, pardon ! Je t'ai remboursé les 6 croissants.", 'Il manquait 6 croissants dans ma commande.'],
    ['fr', "Pardon, erreur de notre part : je t'ai remboursé les 6 croissants.", 'Il manquait 6 croissants dans ma commande.'],
    ['pt', 'Ups, desculpa! Já te devolvi os 6 croissants.', 'Faltavam 6 croissants na minha encomenda.'],
    ['pt', 'Desculpa, erro nosso: já te devolvi os 6 croissants.', 'Faltavam 6 croissants na minha encomenda.'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).apology).toBe('pass');
  });

  it('a "pardon" that asks the customer to repeat is no apology', () => {
    expect(verdicts('fr', 'Pardon ? Pouvez-vous me redonner le numéro de commande ?', 'Il manquait 6 croissants dans ma commande.').apology).toBe('fail');
  });
});
