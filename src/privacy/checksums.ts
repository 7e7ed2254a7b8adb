// Check-digit algorithms of the identifiers that redaction masks. A candidate is
// only masked when its check digits agree, so that order numbers, amounts and
// tracking codes of the same shape stay readable.

/** Luhn (ISO/IEC 7812) over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** ISO 13616 IBAN check (mod 97 = 1) over the compact, upper-case IBAN. */
export function ibanValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const c = ch.charCodeAt(0);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

/** Romanian CNP: 13 digits, plausible date and county, weighted mod-11 check digit. */
export function cnpValid(cnp: string): boolean {
  if (!/^[1-9]\d{12}$/.test(cnp)) return false;
  const month = Number(cnp.slice(3, 5));
  const day = Number(cnp.slice(5, 7));
  const county = Number(cnp.slice(7, 9));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (!((county >= 1 && county <= 46) || county === 51 || county === 52 || county === 70)) return false;
  const weights = '279146358279';
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(cnp[i]) * Number(weights[i]);
  const check = sum % 11 === 10 ? 1 : sum % 11;
  return check === Number(cnp[12]);
}

// Values of a character in an odd (1st, 3rd, …) position of a codice fiscale,
// indexed by digit or letter (0/A, 1/B, …, 9/J, then K…Z).
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Italian codice fiscale (16 characters, upper case): check letter over the first 15. */
export function codiceFiscaleValid(cf: string): boolean {
  if (!/^[A-Z0-9]{16}$/.test(cf)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = cf.charCodeAt(i);
    const v = c <= 57 ? c - 48 : c - 65;
    // Positions are counted from 1: index 0 is the first, an odd position.
    sum += i % 2 === 0 ? CF_ODD[v] : v;
  }
  return String.fromCharCode(65 + (sum % 26)) === cf[15];
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), compact, upper case. */
export function dniNieValid(id: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(id);
  if (!m) return false;
  const [, prefix, digits, letter] = m;
  if (prefix ? digits.length !== 7 : digits.length !== 8) return false;
  // An NIE's leading X, Y or Z stands for 0, 1 or 2.
  const n = Number((prefix ? String('XYZ'.indexOf(prefix)) : '') + digits);
  return DNI_LETTERS[n % 23] === letter;
}

/** Brazilian CPF: 11 digits, two mod-11 check digits; repeated digits are not issued. */
export function cpfValid(cpf: string): boolean {
  if (!/^\d{11}$/.test(cpf) || /^(\d)\1{10}$/.test(cpf)) return false;
  const digit = (len: number) => {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Number(cpf[i]) * (len + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return digit(9) === Number(cpf[9]) && digit(10) === Number(cpf[10]);
}
