// A source's Wikidata item: the address of its page, and what the reviewer typed or pasted made
// into an item ID. Nothing here is ever fetched; the page opens only when the reviewer follows it.

// The same shape the API accepts. A bundle from elsewhere could carry anything, so the address is
// built only from an ID of this shape and always points at wikidata.org.
const ITEM_ID = /^Q[1-9]\d{0,10}$/u;

// What people paste: the item's page, its concept URI, or the mobile site.
const ITEM_ADDRESS = /^(?:https?:\/\/)?(?:www\.|m\.)?wikidata\.org\/(?:wiki|entity)\/(Q\d+)\/?(?:[?#].*)?$/iu;

export function wikidataUrl(id: string | null): string | null {
  return id !== null && ITEM_ID.test(id) ? `https://www.wikidata.org/wiki/${id}` : null;
}

/**
 * The item ID in what was typed: an address is cut down to its ID and a lower-case "q" raised,
 * sparing a pointless correction. Anything else goes as typed, for the API to explain.
 */
export function wikidataIdOf(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  const fromAddress = ITEM_ADDRESS.exec(text)?.[1];
  const id = fromAddress ?? text;
  return /^q\d+$/u.test(id) ? `Q${id.slice(1)}` : id;
}
