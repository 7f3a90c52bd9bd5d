// People a document names with their role: "Turkish Foreign Minister Mevlut Cavusoglu" makes the
// minister of a caption, an earlier "Turkey's Foreign Minister accused …" and a later "the
// Turkish minister" one person, when the document names no other minister.
import { PERSON_ROLES } from './lexicon.js';

// Singular roles a person is named with; plurals ("officials") describe groups, not one person.
const SINGULAR_ROLES = [...PERSON_ROLES].filter((r) => !/[^s]s$/u.test(r) && /^\p{L}+$/u.test(r));
const ROLE_THEN_NAME = new RegExp(
  `\\b(${SINGULAR_ROLES.map((r) => r[0]!.toUpperCase() + r.slice(1)).join('|')}|${SINGULAR_ROLES.join('|')})[ \\u00A0]+` +
    `(\\p{Lu}[\\p{Ll}'’-]+(?:[ \\u00A0]+\\p{Lu}\\.?)?(?:[ \\u00A0]+(?:al-|el-)?\\p{Lu}[\\p{Ll}'’-]+){1,2})(?![\\p{L}])`,
  'gu',
);

/** Role (lower case) → the distinct full names the document gives it, in order of appearance. */
export function namedRoles(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of text.matchAll(ROLE_THEN_NAME)) {
    const role = (match[1] as string).toLowerCase();
    const name = (match[2] as string).replace(/[ \u00A0]+/gu, ' ');
    const names = found.get(role) ?? [];
    const surname = name.split(' ').pop();
    if (!names.some((n) => n.split(' ').pop() === surname)) names.push(name);
    found.set(role, names);
  }
  return found;
}

/** The one person the document names with this role, or null if none or several. */
export function onlyPersonWithRole(roles: ReadonlyMap<string, readonly string[]>, role: string): string | null {
  const names = roles.get(role);
  return names && names.length === 1 ? (names[0] as string) : null;
}
