// rubric-guide §5: a reply that only asks the customer for what is needed to
// proceed (details, a photo, a diagnostic answer) gives no answer yet, so the
// satisfaction check does not apply, however it apologises or empathises
// around the question. Seven languages, polite and casual.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const satisfaction = (language: string, text: string, quoted: string) =>
  scoreReply({ text, quoted, language }, rubric).criteria.satisfaction_check.verdict;

const PROBLEM: Record<string, string> = {
  en: 'My router keeps dropping the connection every evening. This is driving me mad.',
  it: 'Il modem si disconnette tutte le sere. Sono esasperato.',
  ro: 'Routerul îmi pică în fiecare seară. Sunt foarte nervos.',
  es: 'El router se me desconecta todas las noches. Estoy harto.',
  fr: 'Ma box se déconnecte tous les soirs. Je suis à bout.',
  de: 'Mein Router verliert jeden Abend die Verbindung. Ich bin total genervt.',
  pt: 'O meu router desliga-se todas as noites. Estou farto.',
};

describe('a reply that only asks for details or a diagnostic answer needs no check', () => {
  it.each([
    ['en', "Hi Tom,\n\nI'm sorry the connection keeps dropping, that sounds maddening. Could you send me the model of your router and roughly what time it drops?\n\nThanks,\nAmy"],
    ['en', 'Hi Tom,\n\nSorry to hear that. When it drops, do the lights on the front of the router change colour?\n\nCheers,\nAmy'],
    ['en', "Hi Tom,\n\nThat's no fun at all. DM us your account number and the postcode and we'll take a look.\n\n^AM"],
    ['it', "Buongiorno Sig. Neri,\n\nmi dispiace molto per il disagio. Mi può indicare il modello del modem e l'orario in cui cade la linea?\n\nGrazie,\nLaura"],
    ['it', 'Ciao Marco,\n\nche seccatura, ti capisco. Quando si disconnette, le spie del modem cambiano colore?\n\nA presto,\nLaura'],
    ['ro', 'Bună ziua,\n\nÎmi pare rău pentru neplăcere. Îmi puteți trimite modelul routerului și ora la care pică semnalul?\n\nMulțumesc,\nDana'],
    ['ro', 'Salut, Vlad,\n\nînțeleg cât de enervant e. Când pică, se schimbă culoarea ledurilor de pe router?\n\nO zi bună,\nDana'],
    ['es', 'Hola, Luis:\n\nSiento mucho lo del router. ¿Me pasas el modelo y la hora a la que se corta?\n\nUn saludo,\nAna'],
    ['es', 'Hola, Luis:\n\nQué rabia, te entiendo. Cuando se corta, ¿cambian de color las luces del router?\n\nSaludos,\nAna'],
    ['fr', "Bonjour Monsieur Blanc,\n\nJe suis désolée pour ces coupures. Pourriez-vous m'indiquer le modèle de votre box et l'heure des coupures ?\n\nMerci,\nSophie"],
    ['fr', "Bonjour Luc,\n\nC'est pénible, je comprends. Quand la connexion coupe, les voyants de la box changent-ils de couleur ?\n\nBonne journée,\nSophie"],
    ['de', 'Hallo Herr Braun,\n\nes tut mir leid, dass die Verbindung ständig abbricht. Können Sie mir das Modell Ihres Routers und die ungefähre Uhrzeit schicken?\n\nDanke,\nNina'],
    ['de', 'Hallo Felix,\n\ndas nervt, verstehe ich. Ändern die Lämpchen am Router die Farbe, wenn die Verbindung abbricht?\n\nLG\nNina'],
    ['pt', 'Olá, Sr. Rocha,\n\nLamento imenso o incómodo. Pode indicar-me o modelo do router e a hora a que a ligação cai?\n\nObrigada,\nMarta'],
    ['pt', 'Oi, Diego,\n\nque chato, entendo. Quando cai, as luzes do roteador mudam de cor?\n\nAbraço,\nMarta'],
  ])('%s: %j', (lang, text) => {
    expect(satisfaction(lang, text, PROBLEM[lang])).toBe('na');
  });
});
