// The Spanish pack (rubrics/support-reply/lang/es.yaml) read against
// rubric-guide.md: each phenomenon of the guide in Spanish sentences that are
// not in the dev set, in usted and tú forms, Spain and Latin American usage,
// with and without accents.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
type Verdicts = Partial<Record<'apology' | 'empathy' | 'ownership' | 'commitments' | 'satisfaction_check', 'pass' | 'fail' | 'na'>>;

function verdicts(reply: string, customer: string | null): Verdicts {
  const out = scoreReply({ text: reply, quoted: customer, language: 'es' }, rubric);
  return Object.fromEntries(Object.entries(out.criteria).map(([id, r]) => [id, r.verdict]));
}

/** A complaint: a problem and an emotion, so apology and empathy apply. */
const COMPLAINT = 'Hola, el pedido 4412 llegó ayer con la pantalla rota y nadie me contesta. Estoy muy enfadada.';
/** A plain question: nothing went wrong. */
const QUESTION = 'Buenos días, ¿el sofá Oslo se puede pedir en color verde? Gracias.';

function check(name: string, reply: string, customer: string | null, want: Verdicts) {
  it(name, () => {
    const got = verdicts(reply, customer);
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k as keyof Verdicts]]))).toEqual(want);
  });
}

describe('Spanish: apology', () => {
  check('"lamentamos que no podamos…" only softens a refusal', 'Lamentamos que no podamos ofrecerle un reembolso.', COMPLAINT, { apology: 'fail' });
  check('"disculpe el mal rato" is an apology and names the customer\'s trouble', 'Disculpe el mal rato con la pantalla.', COMPLAINT, { apology: 'pass', empathy: 'pass' });
  check('"llevo esperando… desde el 2 de octubre" is a complaint', 'Le informo de que los reembolsos tardan 10 días hábiles.', 'Oigan, llevo esperando mi reembolso desde el 2 de octubre.', { apology: 'fail' });
  check('"hasta hoy no he podido responderle" admits a delay, so an apology is needed', 'Hasta hoy no he podido responderle. Sí, el sofá se fabrica en verde.', QUESTION, { apology: 'fail' });
  check('a plain request to cancel a subscription is not a complaint', 'He cancelado tu suscripción hoy; no se renovará.', 'Hola, quiero cancelar mi suscripción antes de que se renueve, porque ya no la uso.', { apology: 'na', empathy: 'na' });
  check('an apology followed by "seguramente se marcó mal al comprar" is undercut by blame', 'Perdona el error con el color. Seguramente se marcó mal al comprar.', COMPLAINT, { apology: 'fail' });
  check('a return asked for "hace 45 días" is not a problem to apologise for', 'Sí, puede devolverlos: le envío hoy la etiqueta.', 'Hola, compré unos zapatos hace 45 días y quiero devolverlos. ¿Se puede?', { apology: 'na', empathy: 'na' });
  check('a thank-you that mentions "el problema" solved is not a complaint', 'Muchas gracias por sus palabras, nos alegra mucho.', 'Solo quería dar las gracias: el problema quedó resuelto enseguida.', { apology: 'na', satisfaction_check: 'na' });
  check('"lamento mucho que…" is a genuine apology', 'Lamento mucho que la pantalla haya llegado rota.', COMPLAINT, { apology: 'pass' });
  check('"siento mucho" without accents or with a tú form still apologises', 'Hola Ana, siento muchisimo lo del pedido, perdona las molestias.', COMPLAINT, { apology: 'pass' });
  check('"pedimos disculpas por…" (we) is an apology', 'Pedimos disculpas por el error en el envío.', COMPLAINT, { apology: 'pass' });
  check('"disculpe que no le hayamos respondido antes" is an apology', 'Disculpe que no le hayamos respondido antes.', COMPLAINT, { apology: 'pass' });
  check('"siento si…" is a conditional non-apology', 'Siento si nuestra respuesta le ha molestado.', COMPLAINT, { apology: 'fail' });
  check('"lamento que se sienta así" apologises for the feeling, not the trouble', 'Lamento que se sienta así con nuestro servicio.', COMPLAINT, { apology: 'fail' });
  check('"lamentamos comunicarle que…" only softens a refusal', 'Lamentamos comunicarle que su solicitud ha sido rechazada.', COMPLAINT, { apology: 'fail' });
  check('"sentimos no poder…" only softens a refusal', 'Sentimos no poder atender su petición esta vez.', COMPLAINT, { apology: 'fail' });
  check(
    'an apology undercut at once by "como se indica claramente" fails',
    'Lamento lo ocurrido. Como se indica claramente en su contrato, el plazo para reclamar era de 14 días.',
    COMPLAINT,
    { apology: 'fail', empathy: 'fail' },
  );
  check(
    'three apologies in one reply fail',
    'Le pido disculpas. Siento mucho el retraso. He enviado hoy un pedido nuevo. De nuevo, perdone las molestias.',
    COMPLAINT,
    { apology: 'fail' },
  );
  check(
    '"no tiene que disculparse" answers the customer\'s own apology: nothing to apologise for',
    'No tiene que disculparse, es una pregunta muy habitual. Sí, el sofá Oslo se fabrica en verde.',
    'Perdone la molestia, seguramente es una pregunta tonta: ¿hay sofás en verde?',
    { apology: 'na' },
  );
  check('a reply that admits its own delay needs an apology', 'Su consulta se quedó sin respuesta durante una semana. Sí, el sofá se fabrica en verde.', QUESTION, { apology: 'fail' });
  check('"lamentablemente" is not an apology', 'Lamentablemente el modelo ya no se fabrica.', COMPLAINT, { apology: 'fail' });
});

describe('Spanish: empathy', () => {
  check('"a ver si lo he entendido: ¿…?" restates the situation from the customer\'s side', 'A ver si lo he entendido: ¿desde que cambiamos el contador la factura llega el doble aunque consume lo mismo?', COMPLAINT, { empathy: 'pass' });
  check('"es normal preocuparse" acknowledges the feeling', 'Es normal preocuparse con un cargo así en la cuenta.', COMPLAINT, { empathy: 'pass' });
  check('a statement that "el importe es correcto" is not a restatement', 'He revisado la factura y el importe es correcto.', COMPLAINT, { empathy: 'fail' });
  check('"entiendo su enfado, pero según el contrato…" is a brush-off', 'Entiendo su enfado, pero según el contrato la visita del domingo se cobra aparte.', COMPLAINT, { empathy: 'fail' });
  check('"sobre todo con…" names the impact on the customer', 'Siento el retraso, sobre todo con la mudanza tan cerca.', COMPLAINT, { empathy: 'pass' });
  check('"entiendo lo frustrante que es…" acknowledges the feeling', 'Entiendo lo frustrante que es recibir la pantalla rota después de esperar.', COMPLAINT, { empathy: 'pass' });
  check('"comprendo su molestia" acknowledges the feeling', 'Comprendo perfectamente su molestia.', COMPLAINT, { empathy: 'pass' });
  check('"me imagino el disgusto" acknowledges the impact', 'Me imagino el disgusto al abrir la caja.', COMPLAINT, { empathy: 'pass' });
  check('"debe de haber sido muy estresante" acknowledges the impact', 'Debe de haber sido muy estresante quedarse sin pantalla en plena semana de trabajo.', COMPLAINT, { empathy: 'pass' });
  check('an apology alone is not empathy', 'Siento mucho lo ocurrido. He enviado hoy una pantalla nueva.', COMPLAINT, { empathy: 'fail' });
  check('"tranquilícese" fails empathy even beside an empathy phrase', 'Tranquilícese, por favor. Entiendo su enfado.', COMPLAINT, { empathy: 'fail' });
  check('"como ya le expliqué" is dismissive', 'Como ya le expliqué en mi correo anterior, el reembolso tarda unos días.', COMPLAINT, { empathy: 'fail' });
  check('"usted debería haber revisado…" blames the customer', 'Entiendo su enfado, pero usted debería haber revisado la dirección antes de confirmar.', COMPLAINT, { empathy: 'fail' });
  check('a plain question needs no empathy', 'Sí, el sofá Oslo se puede pedir en verde, con entrega en tres semanas.', QUESTION, { empathy: 'na' });
});

describe('Spanish: ownership (first person singular, pro-drop)', () => {
  check('Mexican "con gusto te ayudo… lo checo" owns the next step', 'Con gusto te ayudo con el cambio: lo checo con el almacén.', COMPLAINT, { ownership: 'pass' });
  check('sending the general conditions as an attachment is not deflection', 'Le adjunto las condiciones generales del contrato que me pidió.', QUESTION, { ownership: 'pass' });
  check('"procedo a anular" is an owned action', 'Procedo a anular el cargo duplicado.', COMPLAINT, { ownership: 'pass' });
  check('"he reembolsado" (he + participle) is an owned action', 'He reembolsado hoy el importe completo.', COMPLAINT, { ownership: 'pass' });
  check('"le envío" (clitic + present) is an owned action', 'Le envío ahora mismo la etiqueta de devolución.', COMPLAINT, { ownership: 'pass' });
  check('"me encargo personalmente" is an owned action', 'Me encargo personalmente de que le cambien la pantalla.', COMPLAINT, { ownership: 'pass' });
  check('Latin American preterite "revisé… y envié" is an owned action', 'Revisé su cuenta y le envié el código nuevo por correo.', COMPLAINT, { ownership: 'pass' });
  check('"voy a llamar" is an owned next step', 'Voy a llamar al transportista para localizar el paquete.', COMPLAINT, { ownership: 'pass' });
  check('"te llamo mañana" (tú) is an owned next step', 'Te llamo mañana a las 10 para cerrar el cambio.', COMPLAINT, { ownership: 'pass' });
  check('"hemos revisado… nuestro equipo" (we only) fails', 'Hemos revisado su pedido y nuestro equipo le enviará una pantalla nueva.', COMPLAINT, { ownership: 'fail' });
  check('"revise su correo" is the customer\'s step, not the agent\'s', 'Por favor, revise su correo y confirme la dirección.', COMPLAINT, { ownership: 'fail' });
  check('"le pido disculpas" is an apology, not an owned action', 'Le pido disculpas por las molestias.', COMPLAINT, { ownership: 'fail' });
  check('"es política de la empresa" deflects even beside an action', 'He revisado el caso, pero es política de la empresa no cambiar productos abiertos.', COMPLAINT, { ownership: 'fail' });
  check('"no es mi departamento" deflects', 'Eso no es de mi departamento, tiene que llamar a facturación.', COMPLAINT, { ownership: 'fail' });
});

describe('Spanish: commitments', () => {
  check('"su póliza es válida hasta el 31 de marzo" is information, not a promise', 'He comprobado su cuenta: su póliza es válida hasta el 31 de marzo.', QUESTION, { commitments: 'na' });
  check('"el 100 % del importe" is an amount, not an absolute guarantee', 'Le devuelvo hoy el 100 % del importe.', COMPLAINT, { commitments: 'pass' });
  check('"dentro de la vivienda" is a place, not a time frame', 'He consultado su póliza: cubre los daños dentro de la vivienda.', QUESTION, { commitments: 'na' });
  check('"que nadie les avisara" (past subjunctive) is not a promise', 'Siento que nadie les avisara del corte.', COMPLAINT, { commitments: 'na' });
  check('"me quedo pendiente de tu cuenta hasta las 18:00" is an owned, timed commitment', 'Me quedo pendiente de tu cuenta hasta las 18:00.', COMPLAINT, { ownership: 'pass', commitments: 'pass' });
  check('a visit already arranged with its slot is a concrete commitment', 'La visita del técnico queda programada para el jueves entre las 9 y las 11.', COMPLAINT, { commitments: 'pass' });
  check('opening hours are information, not a promise', 'La tienda de Gran Vía abre de 10 a 21 h, de lunes a sábado.', QUESTION, { commitments: 'na' });
  check('"antes del viernes" is a concrete time frame', 'Le enviaré la pantalla nueva antes del viernes.', COMPLAINT, { commitments: 'pass' });
  check('"mañana antes de las 12" is a concrete time frame', 'Mañana antes de las 12 le llamo con el número de seguimiento.', COMPLAINT, { commitments: 'pass' });
  check('"lo antes posible" is a vague promise', 'Le enviaremos la pantalla lo antes posible.', COMPLAINT, { commitments: 'fail' });
  check('"en breve" without accents is vague', 'Le contestare en breve con una solucion.', COMPLAINT, { commitments: 'fail' });
  check('a promise with no time at all fails', 'Le llamaré para comentar las opciones.', COMPLAINT, { commitments: 'fail' });
  check('an offer that waits on the customer is not a promise', 'Si lo desea, puedo revisar su factura.', QUESTION, { commitments: 'na' });
  check('information about how things usually go is not a promise', 'Normalmente la entrega tarda dos semanas.', QUESTION, { commitments: 'na' });
  check('"le garantizo que nunca volverá a ocurrir" is an absolute guarantee', 'He cambiado de transportista y le garantizo que nunca volverá a ocurrir.', COMPLAINT, { commitments: 'fail' });
  check('"estoy seguro de que mi jefe lo aprobará" promises someone else\'s decision', 'Hoy hablo con mi jefe y estoy seguro de que lo aprobará sin problema.', COMPLAINT, { commitments: 'fail' });
  check('"no es posible" with nothing else is a flat refusal', 'No es posible cambiar un producto abierto.', COMPLAINT, { commitments: 'fail' });
  check('a refusal with "pero puedo…" offers an alternative', 'No es posible cambiar un producto abierto, pero puedo ofrecerle un vale de 30 € que le envío hoy.', COMPLAINT, { commitments: 'pass' });
});

describe('Spanish: satisfaction check', () => {
  check('"¿ha recibido ya el reembolso?" after a fix checks the outcome', 'Le devolví el importe el lunes. ¿Ha recibido ya el reembolso?', COMPLAINT, { satisfaction_check: 'pass' });
  check('a short public reply that asks for details by DM ("escríbenos por DM…") needs no check', 'Hola Ana, lo sentimos mucho. Escríbenos por DM con tu número de pedido y lo revisamos.', COMPLAINT, { satisfaction_check: 'na', commitments: 'na' });
  check('"¿has podido entrar ya?" after a fix checks the outcome', 'He restablecido tu acceso hace un momento. ¿Has podido entrar ya?', COMPLAINT, { satisfaction_check: 'pass' });
  check('"¿le parece bien esta solución?" checks the outcome', 'He reembolsado los 40 € hoy. ¿Le parece bien esta solución?', COMPLAINT, { satisfaction_check: 'pass' });
  check('"¿esto resuelve su problema?" checks the outcome', 'He cambiado la contraseña de su cuenta. ¿Esto resuelve su problema?', COMPLAINT, { satisfaction_check: 'pass' });
  check('"dígame si le funciona" checks the outcome', 'He reiniciado su router a distancia. Dígame si le funciona ahora.', COMPLAINT, { satisfaction_check: 'pass' });
  check('"¿hay algo más en lo que pueda ayudarle?" alone fails', 'He reembolsado los 40 € hoy.\n\n¿Hay algo más en lo que pueda ayudarle?', COMPLAINT, { satisfaction_check: 'fail' });
  check('"quedo a su disposición" alone fails', 'He reembolsado los 40 € hoy. Quedo a su disposición para cualquier consulta.', COMPLAINT, { satisfaction_check: 'fail' });
  check('a reply that only asks for details needs no check', '¿Podría enviarme el número de pedido y una foto de la pantalla?', COMPLAINT, { satisfaction_check: 'na' });
  check(
    'a follow-up promise to check it works passes',
    'He reprogramado la visita del técnico para el jueves. Le llamaré el viernes a las 10 para comprobar que todo funciona.',
    COMPLAINT,
    { satisfaction_check: 'pass', commitments: 'pass' },
  );
});
