// rubric-guide §2: the reply acknowledges the customer's feeling in words
// addressed to them. Calling the feeling justified does ("furia dumneavoastră
// e pe deplin îndreptățită", "justifica toda su molestia", "é motivo mais do
// que suficiente para estar furiosa"), and so does the enclitic "compreendo-a".
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('a feeling called justified is acknowledged', () => {
  it.each([
    ['en', 'The wall washed out in the flood. I am furious and I want my money back.', "I'm sorry. Your anger is entirely justified after what I told you about that wall. I've put your claim to Susan today."],
    ['it', 'I piatti sono arrivati crepati, sono furioso.', 'Mi dispiace molto: la sua rabbia è più che giustificata. Ho inoltrato oggi la richiesta al titolare.'],
    ['ro', 'Poarta s-a crăpat după o lună și sunt furios.', 'Îmi pare foarte rău; furia dumneavoastră e pe deplin îndreptățită. Am transmis azi cererea tatălui meu.'],
    ['es', 'El mariachi llegó una hora tarde a mi boda. Estoy furiosa.', 'Lo siento muchísimo; que el mariachi llegara después del vals justifica toda su molestia. Le pasé su caso hoy a don Rubén.'],
    ['de', 'Der Mantel ist nach der ersten Reinigung eingegangen. Ich bin wütend.', 'Das tut mir sehr leid; Ihr Ärger ist völlig berechtigt. Ich habe Ihren Fall heute an den Chef weitergegeben.'],
    ['pt', 'O tapete desbotou todo em três meses. Estou furiosa.', 'Lamento muito; um tapete que perde as cores em três meses é motivo mais do que suficiente para estar furiosa, e compreendo-a. Passei hoje o seu caso ao meu pai.'],
  ])('[%s] %s', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).empathy).toBe('pass');
  });
});
