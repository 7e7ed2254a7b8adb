// rubric-guide §3: advice that leaves the step to the customer ("you can reset
// your password from Settings", "I'd recommend…") or a generic offer is not
// an owned action; "I've reset your password" is. Seven languages; the
// customer's "you can" and the agent's "I can" differ only by the person of
// the verb in the pro-drop languages.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const ownership = (language: string, text: string) => scoreReply({ text, quoted: null, language }, rubric).criteria.ownership.verdict;

describe('advice to the customer owns nothing', () => {
  it.each([
    ['en', 'Hi Jo,\n\nYou can reset your password from Settings > Security; the link is valid for an hour.\n\nBest,\nSam'],
    ['en', "Hi Jo,\n\nI'd recommend clearing your browser cache and then logging in again.\n\nBest,\nSam"],
    ['en', 'Hi Jo,\n\nThe easiest way is to go to Settings and tap "Forgot password".\n\nBest,\nSam'],
    ['it', 'Buongiorno,\n\npuò reimpostare la password da Impostazioni > Sicurezza; il link resta valido per un’ora.\n\nCordiali saluti,\nLuca'],
    ['it', 'Ciao Anna,\n\nti consiglio di svuotare la cache del browser e di riprovare ad accedere.\n\nA presto,\nLuca'],
    ['ro', 'Bună ziua,\n\nPuteți reseta parola din Setări > Securitate; linkul este valabil o oră.\n\nCu stimă,\nIoana'],
    ['ro', 'Salut, Dan,\n\nîți recomand să ștergi memoria cache a browserului și să încerci din nou.\n\nO zi bună,\nIoana'],
    ['es', 'Hola, Pedro:\n\nPuede restablecer la contraseña desde Ajustes > Seguridad; el enlace es válido durante una hora.\n\nUn saludo,\nMarta'],
    ['es', 'Hola, Pedro:\n\nTe recomiendo borrar la caché del navegador y volver a entrar.\n\nSaludos,\nMarta'],
    ['fr', 'Bonjour,\n\nVous pouvez réinitialiser votre mot de passe depuis Paramètres > Sécurité ; le lien est valable une heure.\n\nCordialement,\nLéa'],
    ['fr', 'Bonjour Paul,\n\nJe vous conseille de vider le cache de votre navigateur puis de vous reconnecter.\n\nBonne journée,\nLéa'],
    ['de', 'Guten Tag,\n\nSie können Ihr Passwort unter Einstellungen > Sicherheit zurücksetzen; der Link ist eine Stunde gültig.\n\nFreundliche Grüße\nJan'],
    ['de', 'Hallo Tim,\n\nich empfehle dir, den Browser-Cache zu leeren und dich neu anzumelden.\n\nViele Grüße\nJan'],
    ['pt', 'Olá,\n\nPode redefinir a palavra-passe em Definições > Segurança; o link é válido durante uma hora.\n\nCumprimentos,\nRita'],
    ['pt', 'Oi, Paulo,\n\nRecomendo que você limpe o cache do navegador e tente entrar de novo.\n\nAbraço,\nRita'],
  ])('%s: %j', (lang, text) => expect(ownership(lang, text)).toBe('fail'));
});

describe('a generic offer of help owns nothing', () => {
  it.each([
    ['en', "Hi Jo,\n\nThanks for reaching out. If there's anything I can help with, just DM me.\n\nSam"],
    ['it', 'Buongiorno,\n\ngrazie per averci scritto. Per qualsiasi cosa, resto a sua disposizione.\n\nLuca'],
    ['ro', 'Bună ziua,\n\nVă mulțumim pentru mesaj. Dacă vă pot ajuta cu ceva, scrieți-mi.\n\nIoana'],
    ['es', 'Hola:\n\nGracias por escribirnos. Si puedo ayudarte en algo, escríbeme por privado.\n\nMarta'],
    ['fr', "Bonjour,\n\nMerci pour votre message. Si je peux vous aider en quoi que ce soit, n'hésitez pas.\n\nLéa"],
    ['de', 'Hallo,\n\ndanke für deine Nachricht. Wenn ich dir irgendwie helfen kann, schreib mir einfach.\n\nJan'],
    ['pt', 'Olá,\n\nObrigada pela mensagem. Se eu puder ajudar em alguma coisa, é só dizer.\n\nRita'],
  ])('%s: %j', (lang, text) => expect(ownership(lang, text)).toBe('fail'));
});

describe('a step the agent has taken or takes now is owned', () => {
  it.each([
    ['en', "Hi Jo,\n\nI've reset your password and sent the new link to your work address.\n\nBest,\nSam"],
    ['it', 'Buongiorno,\n\nle ho reimpostato la password e le ho mandato il nuovo link all’indirizzo di lavoro.\n\nCordiali saluti,\nLuca'],
    ['ro', 'Bună ziua,\n\nV-am resetat parola și v-am trimis noul link pe adresa de serviciu.\n\nCu stimă,\nIoana'],
    ['es', 'Hola, Pedro:\n\nTe he restablecido la contraseña y te mandé el enlace nuevo al correo del trabajo.\n\nUn saludo,\nMarta'],
    ['fr', 'Bonjour,\n\nJ’ai réinitialisé votre mot de passe et je vous ai envoyé le nouveau lien sur votre adresse professionnelle.\n\nCordialement,\nLéa'],
    ['de', 'Guten Tag,\n\nich habe Ihr Passwort zurückgesetzt und Ihnen den neuen Link an Ihre Arbeitsadresse geschickt.\n\nFreundliche Grüße\nJan'],
    ['pt', 'Olá,\n\nRedefini a sua palavra-passe e enviei-lhe o novo link para o email do trabalho.\n\nCumprimentos,\nRita'],
  ])('%s: %j', (lang, text) => expect(ownership(lang, text)).toBe('pass'));
});

// §3 deflection is an excuse: another desk, a third party's fault. Reading
// the records or the warranty to the customer while acting is not one.
describe('citing the records or the warranty while acting is not deflection; blaming others is', () => {
  it.each([
    ['en', 'pass', "According to our records your payment arrived on the 3rd, so I've removed the late fee."],
    ['en', 'pass', "Under your warranty the repair is free, and I've booked the engineer for Tuesday."],
    ['en', 'fail', "The courier lost it, not us. I've opened a claim."],
    ['en', 'fail', "Unfortunately that's handled by our billing department. I've passed your email on."],
    ['it', 'pass', 'Dai nostri registri il pagamento risulta arrivato il 3, quindi ho tolto la penale.'],
    ['it', 'pass', 'Ho sentito il magazzino e il divano è bloccato per lei.'],
    ['it', 'pass', 'Mi sono già occupata della pratica.'],
    ['it', 'fail', "Non è colpa nostra, è il corriere che l'ha perso. Ho aperto una segnalazione."],
    ['ro', 'pass', 'Conform evidențelor noastre plata a ajuns pe 3, așa că am anulat penalitatea.'],
    ['ro', 'fail', 'Nu e vina noastră, curierul l-a pierdut. Am deschis o reclamație.'],
    ['es', 'pass', 'Según nuestros registros el pago llegó el día 3, así que he quitado el recargo.'],
    ['es', 'fail', 'No es culpa nuestra, fue la empresa de mensajería. He abierto una reclamación.'],
    ['fr', 'pass', "D'après nos relevés, votre paiement est arrivé le 3 : j'ai donc supprimé les frais."],
    ['fr', 'fail', "Ce n'est pas notre faute, c'est le transporteur qui l'a perdu. J'ai ouvert une réclamation."],
    ['de', 'pass', 'Laut unseren Unterlagen ist Ihre Zahlung am 3. eingegangen, daher habe ich die Gebühr storniert.'],
    ['de', 'fail', 'Das ist nicht unsere Schuld, der Paketdienst hat es verloren. Ich habe eine Reklamation eröffnet.'],
    ['pt', 'pass', 'Segundo os nossos registos o pagamento chegou no dia 3, por isso retirei a multa.'],
    ['pt', 'fail', 'A culpa não é nossa, foi a transportadora que o perdeu. Abri uma reclamação.'],
  ])('%s %s: %s', (lang, want, text) => expect(ownership(lang, text)).toBe(want));
});
