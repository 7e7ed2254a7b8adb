// The agent's own text out of a reply body: quoted history, signatures and
// disclaimers removed, the greeting, body and first-name sign-off kept. These
// are the behaviours one at a time; mail-clients.test.ts runs whole messages.
import { describe, expect, it } from 'vitest';
import { isolateReply } from '../../src/mail/isolate.js';

const REPLY = 'Hi Sarah,\n\nI have sent a new lamp by courier; it arrives on Thursday.\n\nWarm regards,\nDaniel';
const CUSTOMER = 'Hi,\n\nMy lamp arrived broken and it is a present for Saturday.\n\nSarah';
const SIG = ['', 'Daniel Hart', 'Customer Support | Lumora Home', 'Tel. +44 20 7946 0958', 'www.lumorahome.co.uk'];
const gt = (s: string) => s.split('\n').map((l) => (l ? `> ${l}` : '>'));
const from = { name: 'Daniel Hart', email: 'daniel.hart@lumorahome.co.uk' };

const text = (lines: string[], withFrom = true) => isolateReply({ text: lines.join('\n'), html: null, from: withFrom ? from : null });
const html = (body: string) => isolateReply({ text: null, html: body, from });

describe('quoted history', () => {
  const attributions: Record<string, string> = {
    English: 'On Mon, 23 Nov 2026 at 09:14, Sarah Mitchell <s.mitchell84@gmail.com> wrote:',
    Italian: 'Il giorno lun 23 nov 2026 alle ore 09:14 Sarah Mitchell <s.mitchell84@gmail.com> ha scritto:',
    'Italian, short': 'Il 23/11/2026 09:14, Sarah Mitchell ha scritto:',
    'Romanian (În)': 'În lun., 23 nov. 2026 la 09:14, Sarah Mitchell <s.mitchell84@gmail.com> a scris:',
    'Romanian (Pe)': 'Pe 23 nov. 2026, la 09:14, Sarah Mitchell <s.mitchell84@gmail.com> a scris:',
    'Romanian without diacritics': 'In lun., 23 nov. 2026 la 09:14, Sarah Mitchell <s.mitchell84@gmail.com> a scris:',
    Spanish: 'El lun, 23 nov 2026 a las 9:14, Sarah Mitchell (<s.mitchell84@gmail.com>) escribió:',
    French: 'Le lun. 23 nov. 2026 à 09:14, Sarah Mitchell <s.mitchell84@gmail.com> a écrit :',
    'French with a no-break space': 'Le 23/11/2026 à 09:14, Sarah Mitchell a écrit\u00a0:',
    German: 'Am Mo., 23. Nov. 2026 um 09:14 Uhr schrieb Sarah Mitchell <s.mitchell84@gmail.com>:',
    'German, name first': 'Sarah Mitchell <s.mitchell84@gmail.com> schrieb am Mo., 23. Nov. 2026, 09:14:',
    Portuguese: 'Em seg., 23 de nov. de 2026 às 09:14, Sarah Mitchell <s.mitchell84@gmail.com> escreveu:',
    'Portuguese (Apple)': 'No dia 23/11/2026, às 09:14, Sarah Mitchell escreveu:',
  };
  for (const [lang, attribution] of Object.entries(attributions)) {
    it(`a "wrote:" line in ${lang} starts the quote, with or without ">" markers`, () => {
      for (const quoted of [gt(CUSTOMER), CUSTOMER.split('\n')]) {
        const got = text([REPLY, ...SIG, '', attribution, '', ...quoted]);
        expect(got.text).toBe(REPLY);
        expect(got.quoted).toBe(CUSTOMER);
      }
    });
  }

  it('an attribution wrapped over two lines is still recognised', () => {
    for (const lines of [
      ['On Mon, Nov 23, 2026 at 9:14 AM Sarah Mitchell <s.mitchell84@gmail.com>', 'wrote:'],
      ['Il giorno lun 23 nov 2026 alle ore 09:14 Sarah Mitchell <', 's.mitchell84@gmail.com> ha scritto:'],
      ['În mie., 23 nov. 2026 la 09:14, Sarah Mitchell <s.mitchell84@gmail.com', '>:'.replace('>:', '> a scris:')],
      ['tir. 18. apr. 2017 kl. 13:09 skrev Sarah Mitchell <s.mitchell84@gmail.com', '>:'],
    ]) {
      const got = text([REPLY, '', ...lines, '', ...gt(CUSTOMER)]);
      expect(got.text).toBe(REPLY);
      expect(got.quoted).toBe(CUSTOMER);
    }
  });

  const outlook: Record<string, string[]> = {
    English: ['From', 'Sent', 'To', 'Subject'],
    Italian: ['Da', 'Inviato', 'A', 'Oggetto'],
    Romanian: ['De la', 'Trimis', 'Către', 'Subiect'],
    'Romanian without diacritics': ['De la', 'Trimis', 'Catre', 'Subiect'],
    Spanish: ['De', 'Enviado el', 'Para', 'Asunto'],
    French: ['De ', 'Envoyé ', 'À ', 'Objet '],
    German: ['Von', 'Gesendet', 'An', 'Betreff'],
    Portuguese: ['De', 'Enviada', 'Para', 'Assunto'],
  };
  for (const [lang, [f, s, t, sub]] of Object.entries(outlook)) {
    it(`an Outlook header block in ${lang} starts the quote`, () => {
      const block = [`${f}: Sarah Mitchell <s.mitchell84@gmail.com>`, `${s}: 23 November 2026 09:14`, `${t}: support@lumorahome.co.uk`, `${sub}: Broken lamp`];
      for (const lead of [['________________________________'], [], ['']]) {
        const got = text([REPLY, ...SIG, '', ...lead, ...block, '', ...CUSTOMER.split('\n')]);
        expect(got.text).toBe(REPLY);
        expect(got.quoted).toBe(CUSTOMER);
      }
    });
  }

  it('Outlook\'s bold labels in its text part ("*From:*") start the quote', () => {
    const got = text([REPLY, '', '*From:* Sarah Mitchell <s.mitchell84@gmail.com>', '*Sent:* Monday, November 23, 2026 9:14 AM', '*To:* support@lumorahome.co.uk', '*Subject:* Broken lamp', '', ...CUSTOMER.split('\n')]);
    expect(got.text).toBe(REPLY);
    expect(got.quoted).toBe(CUSTOMER);
  });

  it('an Outlook header block flattened onto one line starts the quote', () => {
    for (const flat of [
      'From: Sarah Mitchell <s.mitchell84@gmail.com> Sent: Monday, 23 November 2026 09:14 To: support@lumorahome.co.uk Subject: Broken lamp',
      'Da: Sarah Mitchell <s.mitchell84@gmail.com> Inviato: lunedì 23 novembre 2026 09:14 A: support@lumorahome.co.uk Oggetto: Lampada rotta',
    ]) {
      const got = text([REPLY, ...SIG, '', flat, ...CUSTOMER.split('\n')]);
      expect(got.text).toBe(REPLY);
      expect(got.quoted).toBe(CUSTOMER);
    }
  });

  const markers: Record<string, string> = {
    English: '-----Original Message-----',
    Italian: '-----Messaggio originale-----',
    Romanian: '-----Mesaj original-----',
    Spanish: '-----Mensaje original-----',
    French: "-----Message d'origine-----",
    German: '-----Ursprüngliche Nachricht-----',
    Portuguese: '-----Mensagem original-----',
    'English forward': '---------- Forwarded message ---------',
    'Apple forward': 'Begin forwarded message:',
    'Italian forward': '---------- Messaggio inoltrato ----------',
    'Romanian forward': '---------- Mesaj redirecționat ---------',
    'German forward': '---------- Weitergeleitete Nachricht ----------',
  };
  for (const [kind, marker] of Object.entries(markers)) {
    it(`"${marker}" (${kind}) starts the quote`, () => {
      const got = text([REPLY, ...SIG, '', marker, 'From: Sarah Mitchell [mailto:s.mitchell84@gmail.com]', 'Subject: Broken lamp', '', ...CUSTOMER.split('\n')]);
      expect(got.text).toBe(REPLY);
      expect(got.quoted).toBe(CUSTOMER);
    });
  }

  it('"Sent from my iPhone" right above an unmarked quote ends the reply', () => {
    for (const mobile of ['Sent from my iPhone', 'Inviato da iPhone', 'Trimis de pe iPhone-ul meu', 'Enviado desde mi iPhone', 'Envoyé de mon iPhone', 'Von meinem iPhone gesendet', 'Enviado do meu iPhone']) {
      const got = text([REPLY, '', mobile, '', ...CUSTOMER.split('\n')]);
      expect(got.text).toBe(REPLY);
      expect(got.quoted).toBe(CUSTOMER);
    }
  });

  it('bare ">" lines are quoted and the agent\'s answers between them are kept', () => {
    const got = text(['> Can you refund the delivery fee?', 'Yes, I have refunded the £6.95 today.', '', '> And when will the lamp arrive?', 'On Thursday before noon.', '', 'Warm regards,', 'Daniel']);
    expect(got.text).toBe('Yes, I have refunded the £6.95 today.\n\nOn Thursday before noon.\n\nWarm regards,\nDaniel');
    expect(got.quoted).toBe('Can you refund the delivery fee?\n\nAnd when will the lamp arrive?');
  });

  it('a reply written below the quote (bottom-posting) is kept', () => {
    const got = text(['On Mon, 23 Nov 2026 at 09:14, Sarah Mitchell <s.mitchell84@gmail.com> wrote:', ...gt(CUSTOMER), '', REPLY]);
    expect(got.text).toBe(REPLY);
  });

  it('older history inside the quote is not part of the quoted customer text', () => {
    const got = text([REPLY, '', 'On Mon, 23 Nov 2026 at 09:14, Sarah Mitchell <s.mitchell84@gmail.com> wrote:', ...gt(CUSTOMER), '>', '> On Sun, 22 Nov 2026 at 18:00, Lumora Home <support@lumorahome.co.uk> wrote:', '>> Your order has shipped.']);
    expect(got.quoted).toBe(CUSTOMER);
  });

  it('a message with no quote has quoted = null', () => {
    expect(text([REPLY, ...SIG]).quoted).toBeNull();
  });

  it('a reply that is only a quote comes back empty', () => {
    expect(text(['On Mon, 23 Nov 2026 at 09:14, Sarah Mitchell <s.mitchell84@gmail.com> wrote:', ...gt(CUSTOMER)]).text).toBe('');
  });

  it('sentences that look like quote headers stay in the reply', () => {
    const body = [
      'Hi Sarah,',
      '',
      'On Thursday the courier will call you first.',
      'On the other hand, the shade is covered by the warranty:',
      'From: our warehouse in Leeds, not from the supplier.',
      'I wrote to the courier on 23 Nov 2026 about it.',
      'The data should be > 100 and < 200 in the form.',
      '',
      'Warm regards,',
      'Daniel',
    ];
    expect(text(body).text).toBe(body.join('\n'));
  });
});

describe('signatures and disclaimers', () => {
  it('a signature after a blank line is cut, the sign-off and first name stay', () => {
    expect(text([REPLY, ...SIG]).text).toBe(REPLY);
    expect(text([REPLY, ...SIG], false).text).toBe(REPLY);
  });

  it('a signature glued to the first name without a blank line is cut', () => {
    expect(text([REPLY, 'Daniel Hart', 'Lumora Home', 'T: +44 20 7946 0958', 'E: daniel.hart@lumorahome.co.uk']).text).toBe(REPLY);
  });

  it('everything under the "-- " delimiter is signature', () => {
    expect(text([REPLY, '', '-- ', 'Daniel', 'Sent with love from the Lumora team.']).text).toBe(REPLY);
  });

  it('a signature with only a name, title and company is cut after the sign-off', () => {
    expect(text([REPLY, '', 'Daniel Hart', 'Team Lead, Customer Care', 'Bramble & Co.'], false).text).toBe(REPLY);
  });

  it('the sender\'s full name alone under the first name is signature', () => {
    expect(text([REPLY, '', 'Daniel Hart']).text).toBe(REPLY);
  });

  it('a reply signed without a sign-off phrase keeps its first name', () => {
    const body = 'Hi Sarah,\n\nYour new lamp arrives on Thursday.\n\nDaniel';
    expect(text([body, ...SIG]).text).toBe(body);
    expect(text([body, ...SIG], false).text).toBe(body);
  });

  it('a sign-off the pattern lists do not know still survives', () => {
    const body = 'Salut, Andrei,\n\nComanda a plecat azi.\n\nSpor la vânzări,\nVlad';
    expect(text([body, '', 'Vlad Ionescu', 'Suport | Magazinul Tău', 'www.magazinultau.ro'], false).text).toBe(body);
  });

  it('sign-offs in every language keep the name under them', () => {
    for (const signOff of ['Cordiali saluti,', 'Cu stimă,', 'Cu stima,', 'Un saludo,', 'Bien cordialement,', 'Mit freundlichen Grüßen', 'Com os melhores cumprimentos,', 'Thanks, Daniel']) {
      const body = `Hi Sarah,\n\nYour new lamp arrives on Thursday.\n\n${signOff}${signOff.includes('Daniel') ? '' : '\nDaniel'}`;
      expect(text([body, '', 'Daniel Hart', 'Lumora Home']).text).toBe(body);
    }
  });

  const disclaimers = [
    'This email and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify the sender.',
    'Questo messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario. Se lo avete ricevuto per errore, avvisate il mittente.',
    'Acest mesaj și eventualele atașamente sunt confidențiale și destinate exclusiv destinatarului. Dacă l-ați primit din greșeală, anunțați expeditorul.',
    'Acest mesaj si eventualele atasamente sunt confidentiale si destinate exclusiv destinatarului. Daca l-ati primit din greseala, anuntati expeditorul.',
    'Acest mesaj şi eventualele ataşamente sunt confidenţiale şi destinate exclusiv destinatarului.',
    'Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario.',
    'Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.',
    'Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Adressaten bestimmt.',
    'Esta mensagem e os seus anexos são confidenciais e destinados exclusivamente ao destinatário.',
  ];
  it.each(disclaimers)('a legal disclaimer is cut: %s', (disclaimer) => {
    expect(text([REPLY, ...SIG, '', disclaimer]).text).toBe(REPLY);
    expect(text([REPLY, '', disclaimer]).text).toBe(REPLY);
  });

  it('a one-line legal footer (company register, data-protection notice) under the signature is cut with it', () => {
    const footers = [
      'Registered office: 12 Mill Lane, Leeds LS1 4AP. Registered in England and Wales No. 0881234.',
      'Sitz der Gesellschaft: Berlin · Amtsgericht Charlottenburg · HRB 12345',
      'Datele dumneavoastră cu caracter personal sunt prelucrate conform Regulamentului (UE) 2016/679.',
      'Lumora Home S.r.l. · Sede legale: Via Roma 1, Milano · Partita IVA 01234567890',
      'Lumora Home SAS au capital social de 10 000 € · RCS Paris 123 456 789',
      'Lumora Home, S.L. · Inscrita en el Registro Mercantil de Madrid, tomo 123',
      'Lumora Home, Lda. · NIPC 501234567 · Capital social 5.000 €',
    ];
    for (const footer of footers) {
      expect(text([REPLY, ...SIG, '', footer]).text).toBe(REPLY);
      expect(text([REPLY, '', footer]).text).toBe(REPLY);
    }
  });

  it('a sign-off that goes on with a place or team keeps the name under it', () => {
    const closings = [
      ['Herzliche Grüße aus der Buchhandlung', 'Petra Sommer'],
      ['Best regards from the Lumora team', 'Daniel'],
      ['Cordiali saluti da Milano', 'Giulia Rossi'],
      ['Salutări din Cluj', 'Andrei'],
      ['Saludos desde Valencia', 'Lucía Pérez'],
      ['Abraços de Lisboa', 'Rita'],
      ['Cordialement de toute l’équipe', 'Claire'],
    ];
    for (const [closing, name] of closings) {
      const body = `Hi Sarah,\n\nI have sent a new lamp by courier; it arrives on Thursday.\n\n${closing}\n${name}`;
      const sig = name.includes(' ') ? ['', name, 'Customer Support', 'Tel. +44 20 7946 0958'] : SIG;
      expect(isolateReply({ text: [body, ...sig].join('\n'), html: null, from: { name, email: 'agent@lumorahome.co.uk' } }).text).toBe(body);
    }
  });

  it('a sentence about confidentiality inside the reply is kept', () => {
    const body = 'Hi Sarah,\n\nYour card details are confidential and only the intended recipient of the refund, you, can see them.\n\nWarm regards,\nDaniel';
    expect(text([body]).text).toBe(body);
  });

  it('"Sent from my iPhone" at the end is cut, but "sent from" in a sentence is kept', () => {
    expect(text([REPLY, '', 'Sent from my iPhone']).text).toBe(REPLY);
    const body = 'Hi Sarah,\n\nThe notification was sent from my iPhone app to all users.\n\nDaniel';
    expect(text([body]).text).toBe(body);
  });

  it('a phone number inside the last sentence of the reply is not mistaken for a signature', () => {
    const body = 'Hi Sarah,\n\nIf the courier has not arrived by noon, please call me directly on 020 7946 0958 and I will chase them.\n\nDaniel';
    expect(text([body]).text).toBe(body);
  });

  it('a link or phone number the reply introduces with a colon is kept', () => {
    const body = 'Hi Sarah,\n\nYou can follow the courier here:\nhttps://track.example.com/LH-48213';
    expect(text([body]).text).toBe(body);
    expect(text([body, ...SIG]).text).toBe(body);
    const phone = 'Hi Sarah,\n\nThe courier will call you first. Their number is:\n\n0800 123 4567';
    expect(text([phone]).text).toBe(phone);
  });

  it('a postal address at the end of a signature goes with it', () => {
    for (const address of ['Unit 4, Alder Court, Leeds LS11 5QT', 'C/ Alcalá 221, 28028 Madrid', 'Av. Paulista 1500, São Paulo - SP', 'Via Roma 12, 20121 Milano']) {
      expect(text([REPLY, ...SIG, address]).text).toBe(REPLY);
    }
    // A date and time slot in the last line of the reply is not an address.
    const slot = 'Hi Sarah,\n\nThe engineer comes on Tuesday 14 May, 10-12';
    expect(text([slot]).text).toBe(slot);
  });

  it('a disclaimer that calls the message private (not "confidential") is cut', () => {
    const es = 'La información de este mensaje es privada y va dirigida únicamente a su destinatario. Queda prohibida su divulgación sin autorización.';
    const en = 'This message is private and intended only for the addressee. If you received it in error, please delete it.';
    for (const d of [es, en]) expect(text([REPLY, ...SIG, '', d]).text).toBe(REPLY);
  });

  it('a team name alone under the body signs the reply, even as the sender\'s display name', () => {
    for (const [body, team] of [
      ['Salut!\n\nRolurile apar automat în câteva minute.\n\nAltceva?', 'Echipa Pixel Forja'],
      ['Olá Tomás,\n\nA manutenção termina hoje às 14h.', 'Equipa Arena Lusa'],
      ['Hi Sam,\n\nThe servers are back up.', 'The Lumora Team'],
    ]) {
      const reply = `${body}\n\n${team}`;
      const got = isolateReply({ text: [reply, '', '-- ', team, 'Support | Pixel Forja', 'Tel. +40 21 207 4596'].join('\n'), html: null, from: { name: team, email: 'support@x.example' } });
      expect(got.text).toBe(reply);
    }
  });

  it('a one-line reply that leads to a link is the reply, not a signature', () => {
    for (const line of [
      'Here is an article that explains why that happens: https://help.example.com/a/123 ^Heather',
      "That's worrying. Please tell us more here: https://help.example.com/contact -Becky",
      'Il corriere ha avuto un guasto. Può seguire il pacco qui: https://track.example.com/LH-48213',
      'Vă rugăm să ne scrieți aici: support@lumorahome.ro',
    ]) {
      expect(text([line]).text).toBe(line);
      expect(text([line, ...SIG]).text).toBe(line);
    }
    // A signature's own link lines are still signature.
    expect(text([REPLY, '', 'Lumora Home | Customer Support', 'Web: https://lumorahome.co.uk', 'Visit us at www.lumorahome.co.uk']).text).toBe(REPLY);
  });

  it('a full name under the sign-off stays when it is the whole signature', () => {
    const body = 'Hi Sarah,\n\nYour new lamp arrives on Thursday.\n\nWarm regards,\nDaniel Hart';
    expect(text([body]).text).toBe(body);
    expect(text([body, 'Customer Support | Lumora Home', 'www.lumorahome.co.uk']).text).toBe(body);
  });

  it('a P.S. after the sign-off is kept', () => {
    const body = `${REPLY}\n\nP.S. The tracking number is LH-48213.`;
    expect(text([body]).text).toBe(body);
  });
});

describe('HTML bodies', () => {
  const paras = '<p>Hi Sarah,</p><p>I have sent a new lamp by courier; it arrives on Thursday.</p><p>Warm regards,<br>Daniel</p>';
  const sig = '<div class="signature"><p>Daniel Hart<br>Customer Support | Lumora Home<br>Tel. +44 20 7946 0958</p></div>';
  const cust = CUSTOMER.replace(/\n/g, '<br>');

  it('a Gmail quote container starts the quote', () => {
    const got = html(`<div dir="ltr">${paras}${sig}</div><div class="gmail_quote"><div class="gmail_attr">On Mon, 23 Nov 2026 at 09:14, Sarah Mitchell &lt;s.mitchell84@gmail.com&gt; wrote:<br></div><blockquote class="gmail_quote">${cust}</blockquote></div>`);
    expect(got.text).toBe(REPLY);
    expect(got.quoted).toBe(CUSTOMER);
  });

  it('an Apple Mail blockquote type=cite starts the quote, with its attribution outside it', () => {
    const got = html(`${paras}<div>Sent from my iPhone</div><div><br>On 23 Nov 2026, at 09:14, Sarah Mitchell wrote:<br><br></div><blockquote type="cite"><div>${cust}</div></blockquote>`);
    expect(got.text).toBe(REPLY);
    expect(got.quoted).toBe(CUSTOMER);
  });

  it('Thunderbird\'s moz-cite-prefix starts the quote', () => {
    const got = html(`${paras}<div class="moz-cite-prefix">Il 23/11/2026 09:14, Sarah Mitchell ha scritto:<br></div><blockquote type="cite">${cust}</blockquote>`);
    expect(got.text).toBe(REPLY);
    expect(got.quoted).toBe(CUSTOMER);
  });

  it('Outlook web\'s #divRplyFwdMsg starts the quote, and the message after it is quoted', () => {
    const got = html(`<div>${paras}</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Von:</b> Sarah Mitchell<br><b>Gesendet:</b> Montag, 23. November 2026 09:14<br><b>Betreff:</b> Lampe</div><div>${cust}</div>`);
    expect(got.text).toBe(REPLY);
    expect(got.quoted).toBe(CUSTOMER);
  });

  it('Outlook desktop\'s border-top header box in Romanian starts the quote', () => {
    const got = html(`<div class="WordSection1">${REPLY.split('\n').map((l) => `<p class="MsoNormal">${l || '<o:p>&nbsp;</o:p>'}</p>`).join('')}<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>De la:</b> Sarah Mitchell<br><b>Trimis:</b> luni, 23 noiembrie 2026 09:14<br><b>Către:</b> support@lumorahome.co.uk<br><b>Subiect:</b> Lampă</p></div>${CUSTOMER.split('\n').map((l) => `<p class="MsoNormal">${l || '&nbsp;'}</p>`).join('')}</div>`);
    expect(got.text).toBe(REPLY);
    expect(got.quoted).toBe(CUSTOMER);
  });

  it('a Yahoo quote container starts the quote', () => {
    const got = html(`<div>${paras}</div><div class="ydp9b1f0a55yahoo_quoted"><div>On Monday, 23 November 2026, Sarah Mitchell wrote:</div><div>${cust}</div></div>`);
    expect(got.text).toBe(REPLY);
  });

  it('a text part that only says "view this in HTML" gives way to the HTML', () => {
    const got = isolateReply({ text: 'This message is in HTML.', html: `${paras}${sig}`, from });
    expect(got.text).toBe(REPLY);
  });
});

describe('hostile text', () => {
  const fill = (unit: string) => unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000);
  it.each(['\n', 'From: x\n', 'On 12 Nov 2020 a@b wrote\n', '> ', '<', 'Kind regards,\n', 'Tel. +39 02 1234 5678\n', '<div>', '-- \n'])(
    'isolation stays fast on 200k characters of %j',
    (unit) => {
      const started = performance.now();
      isolateReply({ text: fill(unit), html: null });
      isolateReply({ text: null, html: fill(unit) });
      expect(performance.now() - started).toBeLessThan(3000);
    },
  );
});

describe('a help desk notification (Zendesk and its imitators)', () => {
  const RULE = '----------------------------------------------';
  const thread = (delimiter: string, updated: string, agent: string[], customer: string[], footer: string) => [
    delimiter, '', updated, RULE, '', 'Daniel Hart (Lumora Home)', '', 'Nov 24, 2026, 09:14 GMT', '', ...agent, '', RULE, '',
    'Sarah Mitchell', '', 'Nov 23, 2026, 18:02 GMT', '', ...customer, '', '--------------------------------', footer, '[41F5C0-1AEF]',
  ];

  it.each([
    ['English', '##- Please type your reply above this line -##', 'Your request (58214) has been updated. To add additional comments, reply to this email.', 'This email is a service from Lumora Home.'],
    ['Italian', '##- Digita la tua risposta sopra questa riga -##', 'La tua richiesta (22741) è stata aggiornata. Per aggiungere altri commenti, rispondi a questa email.', 'Questa email è un servizio di Lumora Home.'],
    ['German', '##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##', 'Ihre Anfrage (88310) wurde aktualisiert.', 'Diese E-Mail ist ein Service von Lumora Home.'],
  ])('%s: the newest comment is the reply and the one before it the message it answers', (_lang, delimiter, updated, footer) => {
    const r = text(thread(delimiter, updated, REPLY.split('\n'), CUSTOMER.split('\n'), footer));
    expect(r.text).toBe(REPLY);
    expect(r.quoted).toBe(CUSTOMER);
  });

  it('the agent\'s signature under the newest comment goes as in any reply', () => {
    const r = text(thread('##- Please type your reply above this line -##', 'Your request (1) has been updated.', [...REPLY.split('\n'), ...SIG], CUSTOMER.split('\n'), 'This email is a service from Lumora Home.'));
    expect(r.text).toBe(REPLY);
  });

  it('with only one comment, there is no customer message to quote', () => {
    const lines = thread('##- Please type your reply above this line -##', 'Your request (1) has been updated.', REPLY.split('\n'), [], 'x').slice(0, 10 + REPLY.split('\n').length);
    const r = text(lines);
    expect(r.text).toBe(REPLY);
    expect(r.quoted).toBeNull();
  });

  it('as HTML only, comments split at the rules the help desk draws between them', () => {
    const comment = (author: string, date: string, body: string) =>
      `<tr><td style="padding:15px 0;border-top:1px dotted #c5c5c5"><p><strong>${author}</strong></p><p>${date}</p><div class="zd-comment">${body.split('\n').map((l) => `<div>${l || '<br>'}</div>`).join('')}</div></td></tr>`;
    const r = html(
      `<div><div style="color:#b5b5b5">##- Please type your reply above this line -##</div><p>Your request (58214) has been updated.</p><table>` +
        comment('Daniel Hart (Lumora Home)', 'Nov 24, 2026, 09:14 GMT', REPLY) + comment('Sarah Mitchell', 'Nov 23, 2026, 18:02 GMT', CUSTOMER) +
        '</table><div style="border-top:1px solid #eeeeee">This email is a service from Lumora Home.</div></div>',
    );
    expect(r.text).toBe(REPLY);
    expect(r.quoted).toBe(CUSTOMER);
  });

  it('the delimiter under text of the agent\'s own is a quote marker, as before', () => {
    const r = text([...REPLY.split('\n'), '', '##- Please type your reply above this line -##', '', ...CUSTOMER.split('\n')]);
    expect(r.text).toBe(REPLY);
  });
});
