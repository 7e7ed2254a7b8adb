// rubric-guide §2: the impact named as a noun or a situation, as people say
// it: "Înțeleg dezamăgirea copiilor", "ich kann Ihren Frust gut verstehen",
// "das klingt nach einem sehr stressigen Start", "sé que andáis con prisas",
// "sei que está com pressa", "ça a l'air bien stressant".
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('the customer\'s feeling or situation named in other words', () => {
  it.each([
    ['ro', 'Îmi pare rău că galeria era închisă. Înțeleg dezamăgirea copiilor.', 'Galeria era închisă și nimeni nu ne-a spus. Copiii au fost foarte dezamăgiți.'],
    ['de', 'Das klingt nach einem sehr stressigen Start in den Urlaub, ich kann Ihren Frust über die Bahn gut verstehen.', 'Die Bahn hat unseren Zug gestrichen, ich bin so genervt.'],
    ['es', 'Perdona el lío con la chaquetilla. Sé que con la competición del 5 andáis con prisas.', 'Nos habéis dado la talla equivocada y vamos con prisas.'],
    ['pt', 'Sei que está com pressa por causa do miúdo: estou aí em 30 minutos.', 'Fiquei fechado fora do carro e tenho de ir buscar o miúdo.'],
    ['fr', 'Ça a l\'air bien stressant, ce début de vacances. Je décale la remise des clés.', 'Notre train est annulé, nous arriverons ce soir.'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).empathy).toBe('pass');
  });
});
