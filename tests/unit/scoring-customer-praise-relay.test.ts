// rubric-guide §1, §2, §5: thanks and praise make no criterion apply but
// ownership. A customer who asks us to pass the praise on ("please thank
// whoever did the wheatsheaf", "Grüßen Sie bitte den Räuchermeister", "Vă rog
// să-i transmiteți pictoriței felicitările mele") or says they only want to
// thank us asks for no answer: a reply that passes it on needs no check.
// "El jamón cortado a cuchillo" is a way of cutting, not a cut-off service.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('praise to pass on is praise, and asks for no answer', () => {
  it.each([
    ['en', "Just wanted to say the new A-board is beautiful. Please thank whoever did the little wheatsheaf, it's perfect.", "Thank you for writing! The wheatsheaf was Kit's work. I read your message out to her this afternoon."],
    ['ro', 'Vreau doar să vă mulțumesc, icoana este minunată. Vă rog să-i transmiteți pictoriței felicitările mele.', 'Vă mulțumesc din suflet! I-am citit mesajul dumneavoastră azi-dimineață, la cafea.'],
    ['de', 'Wollte nur Danke sagen: die Sprotten waren der Renner. Grüßen Sie bitte den Räuchermeister, die waren perfekt.', 'Vielen Dank für die nette Nachricht! Ich habe sie dem Räuchermeister heute früh vorgelesen.'],
    ['es', 'Solo quería daros las gracias: el jamón cortado a cuchillo fue lo que más se comentó de la fiesta. Felicitad de mi parte al cortador.', '¡Muchísimas gracias por escribirnos! Su mensaje se lo leí esta mañana al cortador, delante de todos.'],
  ])('[%s] %s', (lang, customer, body) => {
    const r = verdicts(lang, body, customer);
    expect([r.apology, r.empathy, r.satisfaction_check]).toEqual(['na', 'na', 'na']);
  });

  it('praise beside a real question still gets an answer to check', () => {
    const r = verdicts('en', "Here is the copy: it's attached. Does it look right to you?", 'Please thank the team for the lovely board! Could you also send me a copy of the invoice?');
    expect(r.satisfaction_check).toBe('pass');
  });

  it('a service cut off is still a trouble', () => {
    expect(verdicts('es', 'Le he reactivado la línea esta mañana.', 'Me han cortado la línea sin avisar.').apology).toBe('fail');
  });
});
