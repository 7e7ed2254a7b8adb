// rubric-guide §5: a check that names where to answer between "let me know"
// and "if it works" is still a check: "Let us know in DM if it helps", "mi
// faccia sapere via email se funziona", "dites-moi par mail si cela
// fonctionne". The same request without "if it works" asks for nothing to be
// checked.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const customer = 'My phone keeps freezing since the update.';

describe('a check that names the channel to answer on', () => {
  it.each([
    ['en', 'Disable Low Power Mode in Settings and restart. Let us know in DM if it helps.'],
    ['en', 'Disable Low Power Mode in Settings and restart. Let me know by email whether that sorts it.'],
    ['it', 'Disattivi il risparmio energetico e riavvii il telefono. Mi faccia sapere via email se funziona.'],
    ['it', 'Disattiva il risparmio energetico e riavvia. Fammi sapere qui se ha risolto.'],
    ['ro', 'Dezactivați economisirea bateriei și reporniți telefonul. Anunțați-mă pe email dacă funcționează.'],
    ['ro', 'Dezactivează economisirea bateriei și repornește. Spune-mi aici dacă a mers.'],
    ['es', 'Desactive el ahorro de batería y reinicie el teléfono. Díganos por correo si funciona.'],
    ['es', 'Desactiva el ahorro de batería y reinicia. Avísame por aquí si te funciona.'],
    ['fr', "Désactivez l'économiseur de batterie et redémarrez le téléphone. Dites-moi par mail si cela fonctionne."],
    ['pt', 'Desativa a poupança de bateria e reinicia. Me avisa por aqui se deu certo.'],
    ['pt', 'Desative a poupança de bateria e reinicie o telemóvel. Diga-me por email se funciona.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, customer).satisfaction_check).toBe('pass');
  });

  it.each([
    ['en', 'Disable Low Power Mode in Settings and restart. Let us know in DM if you have questions about the update.'],
    ['en', 'Disable Low Power Mode in Settings and restart.'],
  ])('en: no check in "%s"', (lang, body) => {
    expect(verdicts(lang, body, customer).satisfaction_check).toBe('fail');
  });
});
