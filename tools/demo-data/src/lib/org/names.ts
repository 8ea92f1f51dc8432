import type { Rng } from '../random';

/** A European mix, including diacritics so UTF-8 handling is exercised end to end. */
const FIRST_NAMES = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Elena',
  'Felix',
  'Greta',
  'Henrik',
  'Ines',
  'Jakob',
  'Katharina',
  'Leon',
  'Marie',
  'Niklas',
  'Olivia',
  'Paul',
  'Rosa',
  'Simon',
  'Tilda',
  'Valentin',
  'Zoë',
  'Jürgen',
  'Chloé',
  'José',
  'Ömer',
  'Amélie',
  'Matteo',
  'Ingrid',
  'Farid',
  'Lena',
  'Tobias',
  'Mira',
  'Emil',
  'Sarah',
  'Noah',
  'Hanna',
  'Carlos',
  'Aylin',
  'Pieter',
  'Maja',
];

const LAST_NAMES = [
  'Müller',
  'Schneider',
  'Fischer',
  'Wagner',
  'Becker',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Krüger',
  'Hartmann',
  'Lange',
  'Werner',
  'Krause',
  'Lehmann',
  'Köhler',
  'Dubois',
  'Rossi',
  'García',
  'Jansen',
  'Nowak',
  'Yılmaz',
  'Andersson',
  "O'Brien",
  'van Dijk',
  'Costa',
  'Bauer',
  'Vogel',
  'Peters',
  'Franke',
  'Berger',
  'Lindqvist',
  'Moreau',
  'Esposito',
  'Kowalski',
  'Haas',
];

export interface PersonName {
  readonly first: string;
  readonly last: string;
}

/** Draws first/last name pairs without repeating a pair. */
export class NamePicker {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  reserve(name: PersonName): void {
    this.used.add(`${name.first} ${name.last}`);
  }

  next(): PersonName {
    for (;;) {
      const name = {
        first: this.rng.pick(FIRST_NAMES),
        last: this.rng.pick(LAST_NAMES),
      };
      const key = `${name.first} ${name.last}`;
      if (!this.used.has(key)) {
        this.used.add(key);
        return name;
      }
    }
  }
}

/** ASCII mailbox part: `Zoë van Dijk` → `zoe.van-dijk`. */
export function mailboxOf(name: PersonName): string {
  const ascii = (part: string) =>
    part
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ı/g, 'i')
      .toLowerCase()
      .replace(/\s+/g, '-')
      .replace(/[^a-z-]/g, '');
  return `${ascii(name.first)}.${ascii(name.last)}`;
}
