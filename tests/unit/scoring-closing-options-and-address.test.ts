// rubric-guide §5. Asking which of the options offered suits the customer
// checks the solution ("Cosa preferisce, giovedì in negozio o venerdì in
// stazione?", "¿Qué te acomoda más…?", "O que fica melhor pra você…?");
// asking only to confirm the address ("Mi conferma che l'indirizzo…?",
// "¿Me confirmas que la dirección…?") asks for details and checks nothing.
// "¿Me confirmas cuando vuelvan los datos?" (mobile data) is a check.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('which option suits: a check', () => {
  it.each([
    ['it', 'La cravatta è pronta, l’ho rifinita stamattina. Sabato però il laboratorio è chiuso. Posso lasciargliela al banco giovedì, oppure gliela porto io venerdì in stazione. Cosa preferisce, giovedì in negozio o venerdì in stazione?'],
    ['es', 'Ya está lista, hoy le terminé el papel picado. Los domingos no abrimos. Te la dejo apartada el jueves, o te la llevo yo el viernes a la central. ¿Qué te acomoda más, el jueves en el taller o el viernes en la central?'],
    ['pt', 'Já está pronta, terminei hoje cedo. Sábado o ateliê fecha. Deixo separada na quinta, ou levo eu na sexta na rodoviária. O que fica melhor pra você, quinta aqui no ateliê ou sexta na rodoviária?'],
  ])('[%s]', (lang, body) => {
    expect(verdicts(lang, body, null).satisfaction_check).toBe('pass');
  });
});

describe('a closing question that only asks to confirm the address: no check', () => {
  it.each([
    ['it', 'Le cravatte sono state stampate ieri. Gliele spedisco io lunedì a prima ora. Mi conferma che l’indirizzo di consegna è ancora via Manzoni 14, Lecco?'],
    ['ro', 'Ouăle au fost lăcuite ieri. Vi le trimit eu luni la prima oră. Îmi confirmați că adresa de livrare e tot str. Ștefan cel Mare 40?'],
    ['es', 'Las boinas se terminaron ayer. Te las mando yo el lunes a primera hora. ¿Me confirmas que la dirección sigue siendo C/ Mayor 31?'],
    ['pt', 'Os azulejos foram cozidos ontem. Envio-lhos eu na segunda de manhã. Confirma-me que a morada de entrega continua a ser a Rua Direita 12?'],
  ])('[%s]', (lang, body) => {
    expect(verdicts(lang, body, null).satisfaction_check).toBe('fail');
  });

  it('"¿Me confirmas cuando vuelvan los datos?" (mobile data) is a check', () => {
    const r = verdicts('es', 'Ya te he activado el roaming yo desde aquí; reinicia el móvil. ¿Me confirmas cuando vuelvan los datos?', 'No tengo datos en Portugal.');
    expect(r.satisfaction_check).toBe('pass');
  });
});
