// rubric-guide §4. A week named by its number is a time ("It will leave here
// in week 38", "Sticlele pleacă în săptămâna 38", "Sie gehen in KW 38 raus"):
// the goods' departure with it is a dated promise. A timetable ("Primul
// microbuz pleacă zilnic la ora 4:15", "täglich zwischen 9 und 10 Uhr") is
// information about how things go, not a promise.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('a week by its number is a time', () => {
  it.each([
    ['en', "It's on my bench now. It will leave here in week 38, between Monday 20 and Wednesday 22 September, and I'll email you the tracking link the day it goes."],
    ['ro', 'Etichetele le lipesc eu săptămâna aceasta. Sticlele pleacă în săptămâna 38, între luni 20 și miercuri 22 septembrie.'],
    ['de', 'Die Gravur mache ich diese Woche selbst. Sie gehen in KW 38 raus, zwischen Montag, 20., und Mittwoch, 22. September.'],
  ])('[%s]', (lang, body) => {
    expect(verdicts(lang, body, null).commitments).toBe('pass');
  });
});

describe('a timetable promises nothing', () => {
  it.each([
    ['ro', 'Transferul durează de obicei 25-30 de minute. Primul microbuz pleacă zilnic la ora 4:15 din Piața Unirii, apoi din oră în oră.'],
    ['de', 'Die Schlüssel werden täglich zwischen 9 und 10 Uhr am Kiosk ausgegeben, die Körbe sind bis 18 Uhr zu verschließen.'],
  ])('[%s]', (lang, body) => {
    expect(verdicts(lang, body, null).commitments).toBe('na');
  });
});
