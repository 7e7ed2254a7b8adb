// rubric-guide §1: "disculpa el cobro de más", "disculpe el cargo duplicado"
// apologise for a disputed charge as "disculpe la demora" does for a delay.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('Spanish apologies for a charge, a slip or a mishap', () => {
  it.each([
    ['Disculpa el cobro de más en la boleta. Te devuelvo hoy los 6.000 pesos por transferencia.'],
    ['Disculpe el cargo duplicado. Le he devuelto hoy el segundo cargo a su tarjeta.'],
    ['Perdone el descuido con su pedido. Le he enviado hoy la pieza que faltaba.'],
  ])('%s', (body) => {
    expect(verdicts('es', body, 'Me cobraron dos veces el mismo pedido.').apology).toBe('pass');
  });
});
