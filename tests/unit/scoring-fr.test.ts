// The French pack (rubrics/support-reply/lang/fr.yaml) read against
// rubric-guide.md: each phenomenon of the guide in French sentences that are
// not in the dev set, in vous and tu forms, with the clitic pronouns French
// puts between "je" and its verb ("je vous l'envoie", "je m'en occupe").
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
type Verdicts = Partial<Record<'apology' | 'empathy' | 'ownership' | 'commitments' | 'satisfaction_check', 'pass' | 'fail' | 'na'>>;

function verdicts(reply: string, customer: string | null): Verdicts {
  const out = scoreReply({ text: reply, quoted: customer, language: 'fr' }, rubric);
  return Object.fromEntries(Object.entries(out.criteria).map(([id, r]) => [id, r.verdict]));
}

/** A complaint: a problem and an emotion, so apology and empathy apply. */
const COMPLAINT = "Bonjour, ma machine à café ne fonctionne plus depuis une semaine et personne ne me répond. Je suis vraiment agacé.";
/** A plain question: nothing went wrong. */
const QUESTION = 'Bonjour, livrez-vous en Belgique ? Merci.';

function check(name: string, reply: string, customer: string | null, want: Verdicts) {
  it(name, () => {
    const got = verdicts(reply, customer);
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k as keyof Verdicts]]))).toEqual(want);
  });
}

describe('French: apology', () => {
  check('asking to raise a limit ("augmenter") is a request, not a complaint', 'Oui, j’ai relevé votre plafond à 2 000 € ce matin.', 'Bonjour, est-il possible d’augmenter mon plafond de paiement ? Merci.', { apology: 'na' });
  check('a plain request to cancel a subscription is not a complaint', 'J’ai résilié votre abonnement aujourd’hui ; il ne sera pas renouvelé.', 'Bonjour, je souhaite annuler mon abonnement avant son renouvellement, je ne l’utilise plus.', { apology: 'na', empathy: 'na' });
  check('a hypothetical theft in a question is not a reported problem', 'Oui, votre assurance couvre le vol du vélo, jusqu’à 800 €.', 'Bonjour, mon vélo est-il couvert s’il est volé dans la cave ?', { apology: 'na' });
  check('"je suis désolée que…" is a genuine apology', 'Je suis désolée que votre machine soit tombée en panne.', COMPLAINT, { apology: 'pass' });
  check('"toutes mes excuses" is an apology', 'Toutes mes excuses pour ce silence.', COMPLAINT, { apology: 'pass' });
  check('"veuillez nous excuser" is an apology', 'Veuillez nous excuser pour la gêne occasionnée.', COMPLAINT, { apology: 'pass' });
  check('"désolé si vous…" is a conditional non-apology', 'Désolé si vous avez eu l’impression de ne pas être écouté.', COMPLAINT, { apology: 'fail' });
  check('"désolé que vous soyez déçu" apologises for the feeling', 'Je suis désolé que vous soyez déçu par notre service.', COMPLAINT, { apology: 'fail' });
  check('"nous sommes au regret de vous informer" only softens a refusal', 'Nous sommes au regret de vous informer que la garantie a expiré.', COMPLAINT, { apology: 'fail' });
  check('"nous regrettons de vous informer" only softens a refusal', 'Nous regrettons de vous informer que votre demande est refusée.', COMPLAINT, { apology: 'fail' });
  check(
    'an apology undercut in the next sentence by blame fails',
    'Je suis navré pour ce désagrément. Vous auriez dû lire la notice avant de brancher la machine.',
    COMPLAINT,
    { apology: 'fail', empathy: 'fail' },
  );
  check('"pas besoin de vous excuser" answers the customer\'s own apology', 'Pas besoin de vous excuser ! Oui, nous livrons en Belgique sous 4 jours ouvrés.', 'Désolé de vous déranger, livrez-vous en Belgique ?', { apology: 'na' });
  check('a reply that admits its own delay needs an apology', 'Pardon pour notre réponse tardive : oui, nous livrons en Belgique.', QUESTION, { apology: 'pass' });
  check('"malheureusement" is not an apology', 'Malheureusement, la pièce n’est plus fabriquée.', COMPLAINT, { apology: 'fail' });
});

describe('French: empathy', () => {
  check('"désolés d\'apprendre cela" alone is an apology, not empathy', 'Nous sommes désolés d’apprendre cela. Votre demande a été transmise au service après-vente.', COMPLAINT, { empathy: 'fail' });
  check('"je comprends, rester sans…" acknowledges the impact', 'Je comprends, rester une semaine sans café, c’est pénible.', COMPLAINT, { empathy: 'pass' });
  check('"je comprends votre mécontentement, mais c\'est…" is a brush-off', 'Je comprends votre mécontentement, mais c’est le sous-traitant qui est responsable.', COMPLAINT, { empathy: 'fail' });
  check('"surtout avec votre rendez-vous" names the impact on the customer', 'Désolé pour ce blocage, surtout avec votre rendez-vous de demain.', COMPLAINT, { empathy: 'pass' });
  check('"je comprends à quel point…" acknowledges the feeling', 'Je comprends à quel point c’est agaçant de rester sans café une semaine.', COMPLAINT, { empathy: 'pass' });
  check('"j\'imagine…" acknowledges the impact', 'J’imagine votre agacement après une semaine sans réponse.', COMPLAINT, { empathy: 'pass' });
  check('"ça doit être pénible" (tu) acknowledges the impact', 'Salut Léo, ça doit être vraiment pénible de ne pas avoir de réponse.', COMPLAINT, { empathy: 'pass' });
  check('"calmez-vous" fails empathy', 'Calmez-vous, je comprends votre agacement.', COMPLAINT, { empathy: 'fail' });
  check('"comme je vous l\'ai déjà expliqué" is dismissive', 'Comme je vous l’ai déjà expliqué, la garantie ne couvre pas le détartrage.', COMPLAINT, { empathy: 'fail' });
  check('an apology alone is not empathy', 'Je suis désolé pour la panne. Je vous envoie une machine neuve aujourd’hui.', COMPLAINT, { empathy: 'fail' });
  check('a plain question needs no empathy', 'Oui, nous livrons en Belgique en 4 jours ouvrés.', QUESTION, { empathy: 'na' });
});

describe('French: ownership', () => {
  check('"je me renseigne auprès du transporteur" is an owned action', 'Je me renseigne auprès du transporteur.', COMPLAINT, { ownership: 'pass' });
  check('"conformément à nos conditions générales" deflects even beside an action', 'J’ai vérifié : conformément à nos conditions générales, l’échange n’est plus possible.', COMPLAINT, { ownership: 'fail' });
  check('"je viens de…" is an owned action', 'Je viens de relancer le transporteur.', COMPLAINT, { ownership: 'pass' });
  check('"les remboursements ne sont pas de mon ressort" deflects despite the "ne"', 'J’ai vérifié votre dossier, mais les remboursements ne sont pas de mon ressort.', COMPLAINT, { ownership: 'fail' });
  check('"j\'ai remboursé" is an owned action', 'J’ai remboursé la machine ce matin.', COMPLAINT, { ownership: 'pass' });
  check('"je vous l\'envoie" (clitics) is an owned action', 'Je vous l’envoie demain par Colissimo.', COMPLAINT, { ownership: 'pass' });
  check('"je m\'en occupe" is an owned action', 'Je m’en occupe personnellement.', COMPLAINT, { ownership: 'pass' });
  check('"je te le renvoie" (tu) is an owned action', 'Je te le renvoie dès que l’atelier a fini.', COMPLAINT, { ownership: 'pass' });
  check('"nous avons…" (we only) fails', 'Nous avons transmis votre dossier et notre service technique vous rappellera.', COMPLAINT, { ownership: 'fail' });
  check('"je vous rappelle que…" is a reminder, not an action', 'Je vous rappelle que la garantie est de deux ans.', COMPLAINT, { ownership: 'fail' });
  check('"c\'est la politique de l\'entreprise" deflects', 'J’ai vérifié, mais c’est la politique de l’entreprise : pas d’échange après 30 jours.', COMPLAINT, { ownership: 'fail' });
  check('"ce n\'est pas notre faute" deflects', 'Ce n’est pas notre faute, le transporteur a perdu le colis.', COMPLAINT, { ownership: 'fail' });
});

describe('French: commitments', () => {
  check('"d\'ici 10 min." ends the sentence: the next question does not swallow the promise', 'Je t’ai renvoyé le code, tu le recevras d’ici 10 min. Ça marche de ton côté ?', COMPLAINT, { ownership: 'pass', commitments: 'pass', satisfaction_check: 'pass' });
  check('"au plus tard vendredi" is concrete, not "plus tard"', 'Je vous rembourse au plus tard vendredi.', COMPLAINT, { commitments: 'pass' });
  check('"n\'y changera rien" is not a promise', 'Je comprends votre agacement. Hausser le ton n’y changera rien.', COMPLAINT, { commitments: 'na' });
  check('an appointment already fixed with its slot is a concrete commitment', 'Le rendez-vous du technicien est fixé à jeudi, entre 8 h et 10 h.', COMPLAINT, { commitments: 'pass' });
  check('a due date alone is information, not a promise', 'Votre prochaine échéance est le 5 mars.', QUESTION, { commitments: 'na' });
  check('"d\'ici vendredi" is a concrete time frame', 'Je vous envoie une machine neuve d’ici vendredi.', COMPLAINT, { commitments: 'pass' });
  check('"demain avant midi" is a concrete time frame', 'Je vous rappellerai demain avant midi.', COMPLAINT, { commitments: 'pass' });
  check('"dès que possible" is vague', 'Je vous enverrai une machine neuve dès que possible.', COMPLAINT, { commitments: 'fail' });
  check('"prochainement" is vague', 'Un technicien vous contactera prochainement.', COMPLAINT, { commitments: 'fail' });
  check('an offer that waits on the customer is not a promise', 'Si vous le souhaitez, je peux vérifier votre facture.', QUESTION, { commitments: 'na' });
  check('"je vous garantis que cela ne se reproduira plus" is an absolute guarantee', 'J’ai changé de fournisseur et je vous garantis que cela ne se reproduira plus.', COMPLAINT, { commitments: 'fail' });
  check('"mon responsable acceptera" promises someone else\'s decision', 'Je suis sûre que mon responsable acceptera de vous rembourser.', COMPLAINT, { commitments: 'fail' });
  check('"ce n\'est pas possible" alone is a flat refusal', 'L’échange n’est pas possible après 30 jours.', COMPLAINT, { commitments: 'fail' });
  check('"mais je peux…" brings an alternative', 'L’échange n’est pas possible après 30 jours, mais je peux vous faire réparer la machine gratuitement sous 10 jours.', COMPLAINT, { commitments: 'pass' });
});

describe('French: satisfaction check', () => {
  check('"avez-vous bien reçu…?" after a fix checks the outcome', 'Je vous ai renvoyé la facture corrigée ce matin. Avez-vous bien reçu le document ?', COMPLAINT, { satisfaction_check: 'pass' });
  check('"n\'hésitez pas à me dire si ça ne fonctionne pas" asks about the outcome', 'J’ai réinitialisé votre box. N’hésitez pas à me dire si ça ne fonctionne toujours pas.', COMPLAINT, { satisfaction_check: 'pass' });
  check('a holding reply ("vous serez recontacté…") needs no check', 'Nous avons bien reçu votre demande. Vous serez recontacté dans les meilleurs délais.', COMPLAINT, { satisfaction_check: 'na', commitments: 'fail' });
  check('"pouvez-vous me confirmer que c\'est bien arrivé ?" checks the outcome', 'Je vous ai envoyé les relevés par messagerie. Pouvez-vous me confirmer qu’ils sont bien arrivés ?', COMPLAINT, { satisfaction_check: 'pass' });
  check('"avez-vous pu vous connecter à nouveau ?" after a fix checks the outcome', 'J’ai réinitialisé votre mot de passe. Avez-vous pu vous connecter à nouveau ?', COMPLAINT, { satisfaction_check: 'pass' });
  check('"cela vous convient-il ?" checks the outcome', 'Je vous ai remboursé 89 € ce matin. Cela vous convient-il ?', COMPLAINT, { satisfaction_check: 'pass' });
  check('"est-ce que cette solution vous convient ?" checks the outcome', 'J’ai commandé la pièce. Est-ce que cette solution vous convient ?', COMPLAINT, { satisfaction_check: 'pass' });
  check('"dites-moi si tout fonctionne" checks the outcome', 'J’ai réinitialisé votre compte. Dites-moi si tout fonctionne maintenant.', COMPLAINT, { satisfaction_check: 'pass' });
  check('"puis-je vous aider pour autre chose ?" alone fails', 'J’ai remboursé la machine ce matin.\n\nPuis-je vous aider pour autre chose ?', COMPLAINT, { satisfaction_check: 'fail' });
  check('"n\'hésitez pas à revenir vers nous" alone fails', 'J’ai remboursé la machine ce matin. N’hésitez pas à revenir vers nous si besoin.', COMPLAINT, { satisfaction_check: 'fail' });
  check('a reply that only asks for details needs no check', 'Pourriez-vous m’envoyer le numéro de série de la machine ?', COMPLAINT, { satisfaction_check: 'na' });
});
