// A time tied to the customer's own step ("as soon as you send me", "once we
// receive your return", "en cuanto recibamos su pedido", "dès que nous aurons
// reçu votre colis") makes a promise wait on them: an offer, which leaves
// commitments not applicable. A time tied to our own step ("cuando le
// enviemos el producto") or to news from others ("dès que nous aurons des
// nouvelles du transporteur", "the part from the supplier") waits on no one
// but us: without a time frame the promise is vague and fails.
import { describe, expect, it } from 'vitest';
import { analyse, verdicts } from '../helpers/reply.js';

describe("a promise tied to what the customer sends us waits on them", () => {
  it.each([
    ['en', "I'll refund you once we receive your return."],
    ['es', 'Le reembolsaré el importe en cuanto recibamos su pedido.'],
    ['fr', 'Je vous rembourserai dès que nous aurons reçu votre colis.'],
    ['it', "Le rimborserò l'importo appena riceviamo il suo reso."],
    ['pt', 'Vou reembolsá-lo assim que recebermos a sua devolução.'],
    ['ro', 'Vă rambursez suma imediat ce primim coletul returnat de dumneavoastră.'],
    ['de', 'Ich erstatte Ihnen den Betrag, sobald wir Ihre Rücksendung erhalten haben.'],
  ])('%s: %s', (lang, body) => {
    expect(analyse(lang, body).hits('awaits_customer').length).toBeGreaterThan(0);
    expect(verdicts(lang, body).commitments).toBe('na');
  });
});

describe('a promise tied to our own step or to news from others is vague', () => {
  it.each([
    ['en', "I'll call you once we receive the part from the supplier."],
    ['es', 'Le escribiré en cuanto le enviemos el producto nuevo.'],
    ['es', 'Le escribiré cuando tengamos noticias del transportista.'],
    ['es', 'Le llamaré en cuanto nos llegue la pieza del proveedor.'],
    ['fr', 'Je vous rappellerai dès que nous aurons des nouvelles du transporteur.'],
    ['fr', "Je vous écrirai quand nous aurons terminé l'analyse."],
    ['it', 'La chiamerò appena ricevo il pezzo dal fornitore.'],
    ['it', 'Le scriverò appena le spediamo il prodotto.'],
    ['pt', 'Vou ligar-lhe assim que recebermos a peça do fornecedor.'],
    ['pt', 'Vou ligar-lhe assim que lhe enviarmos o produto.'],
    ['ro', 'Vă sun imediat ce primim piesa de la furnizor.'],
    ['de', 'Ich melde mich, sobald wir die Antwort des Lieferanten haben.'],
  ])('%s: %s', (lang, body) => {
    expect(analyse(lang, body).hits('awaits_customer')).toEqual([]);
    expect(verdicts(lang, body).commitments).toBe('fail');
  });
});

describe('the documents, photos or data we asked for are the customer\'s to send', () => {
  it.each([
    ['ro', 'Modificarea va fi efectuată după primirea documentelor.'],
    ['es', 'Tramitaré el cambio en cuanto recibamos los documentos.'],
    ['it', 'Procederò con la modifica dopo aver ricevuto i documenti.'],
    ['fr', 'Je ferai la modification dès réception des justificatifs.'],
    ['pt', 'Farei a alteração assim que recebermos os documentos.'],
    ['de', 'Ich ändere die Adresse nach Eingang der Unterlagen.'],
  ])('%s: %s', (lang, body) => {
    expect(analyse(lang, body).hits('awaits_customer').length).toBeGreaterThan(0);
  });
});
