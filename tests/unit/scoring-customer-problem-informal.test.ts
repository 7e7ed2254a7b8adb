// rubric-guide §1, §2: a trouble reported the way people write on social
// media and on the go applies apology and empathy, however casual: a fix
// that did not work, a fault that persists, staff who refuse or shout,
// things acting up by themselves, a charge they want back, a threat to go
// elsewhere. A plain question stays a plain question.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const REPLY = 'Thanks for getting in touch. You can find the steps in the help centre under Settings.';

describe('informal trouble reports make apology and empathy apply', () => {
  it.each([
    'Nope, didn’t work. Reinstalled the app on a second laptop, same result.',
    'none of those steps worked for me',
    'The issue seems to come back every time I open the app.',
    'There seems to be a bug in the latest version.',
    'Clicking the download link just gives me a blank page.',
    'I could not log in all weekend.',
    'Since the update my battery drains in two hours.',
    'The courier claims it was delivered but there is nothing here.',
    'They tried to charge me twice the fare shown online.',
    'Half the prices on your menu page are wrong.',
    'I never signed up for this newsletter and you keep billing me.',
    'I have already explained this to three of your people.',
    'You had no right to pass my number on. I’ll be reporting you to the ombudsman.',
    'The manager was screaming at customers at the till.',
    'My son got food poisoning after eating there.',
    'Do you seriously expect people to wait in the rain for an hour?',
    'You guys call this a salad?',
    'Are you going to refund me or not',
    'That was a generic reply, nobody read my message.',
    'Staff refuse to take my card at the counter.',
    'There is no one who can tell me where my parcel is.',
    'This is gross, there was a hair in my sandwich.',
    'What’s wrong with your checkout today',
    'Tried restarting the router, reinstalling the app, all of it.',
    'This is getting really annoying.',
    'Please remove the false charges from my statement, I want my £20 back.',
    'The player doesn’t repeat the playlist anymore.',
    'Worst customer service ever, I’m taking my business elsewhere.',
    'The console keeps turning on by itself at night.',
    'This needs to be fixed today.',
    'The problem has been happening for weeks now.',
    'Your drivers are stealing from the parcels.',
    'I’m not even getting half of what I pay for.',
    'The guy pushed in front of me and I really don’t appreciate it.',
    'This needs to be investigated, I was simply queuing to pay.',
    'Super cool company. I don’t recommend.',
    'It is painfully evident why people shop elsewhere. #targetsucks',
    'Your broadband is back screwing me over again.',
    'The staff issued our boarding passes but they didnt board us on the plane.',
    'We were denied boarding at the gate with valid tickets.',
    'Another promise! Am waiting...',
    'no its still broken. i deleted it and will probably cancel my membership. thanks',
    'No I still can’t log in',
  ])('%s', (customer) => {
    const v = verdicts('en', REPLY, customer);
    expect([v.apology, v.empathy]).toEqual(['fail', 'fail']);
  });
});

describe('plain questions and asides stay plain', () => {
  it.each([
    'Do you deliver to the Isle of Wight?',
    'Could you tell me when the summer menu starts?',
    'I already have an account, can I use it for the shop too?',
    'What are your opening hours on bank holidays?',
    'My sister already booked with you last year; is the same room free in June?',
    'I’d recommend you to anyone. Can I book the same table for Friday?',
    'I’m waiting for the confirmation email to book, when does it usually arrive?',
    'No problem, thanks! Is the shop open on Sunday?',
  ])('%s', (customer) => {
    const v = verdicts('en', REPLY, customer);
    expect([v.apology, v.empathy]).toEqual(['na', 'na']);
  });
});
