// A registry source's Wikidata item as exports publish it: the item page's address, so another
// desk (or a search engine, or an annotation client) can tell that our "TASS" and their "ТАСС" are
// the same agency. The workbench stores the bare identifier ("Q130879"), checked when it is
// saved; a report model can be assembled by hand, so the identifier is checked again here and an
// address is only ever made from a well-formed one: anything else gives no address at all.

/** A Wikidata item identifier: Q and a number without leading zeros, as the registry stores it. */
export const WIKIDATA_ITEM_PATTERN = /^Q[1-9]\d{0,10}$/u;

/** The identifier when it is a well-formed Wikidata item ("Q130879"), else null. */
export function wikidataItem(id: string | null | undefined): string | null {
  const item = id?.trim();
  return item && WIKIDATA_ITEM_PATTERN.test(item) ? item : null;
}

/** The item page of a Wikidata identifier ("https://www.wikidata.org/wiki/Q130879"), or null when it is none. */
export function wikidataItemUrl(id: string | null | undefined): string | null {
  const item = wikidataItem(id);
  return item ? `https://www.wikidata.org/wiki/${item}` : null;
}
