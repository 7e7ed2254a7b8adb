// Realistic pieces of support mail in the seven languages, to build hostile
// messages around: a short reply and the attribution line each client writes.

export const REPLIES = [
  'Hi Sarah,\n\nI\'m sorry the lamp arrived broken. I\'ve sent a replacement today by express courier and it will reach you by Thursday.\n\nDoes that work for you?\n\nDaniel',
  'Buongiorno Anna,\n\nmi dispiace per il ritardo. Ho verificato l\'ordine e le ho già disposto il rimborso: lo vedrà entro venerdì.\n\nLa soluzione va bene per Lei?\n\nGiulia',
  'Bună ziua,\n\nÎmi pare rău pentru neplăcere. Am trimis astăzi un colet nou, care va ajunge mâine până la ora 12.\n\nVă convine această soluție?\n\nVlad',
  'Hola Marta:\n\nSiento mucho las molestias. He tramitado el reembolso hoy y lo recibirá en un plazo de 3 días.\n\n¿Le parece bien esta solución?\n\nJavier',
  'Bonjour Madame Martin,\n\nJe suis désolée pour ce retard. J\'ai relancé le transporteur et votre colis sera livré demain avant midi.\n\nCette solution vous convient-elle ?\n\nClaire',
  'Hallo Herr Weber,\n\nes tut mir leid, dass die Lieferung beschädigt ankam. Ich habe Ihnen heute Ersatz geschickt, er kommt bis Donnerstag.\n\nIst das für Sie in Ordnung?\n\nJonas',
  'Olá Sr. Costa,\n\nLamento o incómodo. Já processei o reembolso e vai recebê-lo até sexta-feira.\n\nEsta solução é adequada para si?\n\nAna',
];

export const ATTRIBUTIONS = [
  'On Mon, 4 Mar 2024 at 10:15, Sarah Mitchell <s.mitchell84@gmail.com> wrote:',
  'Il giorno lun 4 mar 2024 alle ore 10:15 Anna Bianchi <anna.bianchi@gmail.com> ha scritto:',
  'În lun., 4 mar. 2024 la 10:15, Valentin Dinu <valentin.dinu@gmail.com> a scris:',
  'El lun, 4 mar 2024 a las 10:15, Marta López (<marta.lopez@gmail.com>) escribió:',
  'Le lun. 4 mars 2024 à 10:15, Sophie Martin <sophie.martin@orange.fr> a écrit :',
  'Am Mo., 4. März 2024 um 10:15 Uhr schrieb Lukas Weber <l.weber@web.de>:',
  'Em seg., 4 de mar. de 2024 às 10:15, João Costa <joao.costa@sapo.pt> escreveu:',
];

export const OUTLOOK_HEADER = 'From: Sarah Mitchell <s.mitchell84@gmail.com>\nSent: Monday, March 4, 2024 10:15 AM\nTo: Support <help@lumorahome.co.uk>\nSubject: Broken lamp';
