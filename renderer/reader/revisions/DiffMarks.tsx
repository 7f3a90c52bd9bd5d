// Added and removed text, marked so that colour is never the only sign: a visible "+" or "−" where
// the words begin (after any line breaks the change starts with, so the mark sits beside them and
// not at the end of the previous line), underlining or strike-through, and for a screen reader,
// which announces neither <ins> nor <del>, the words "added" and "removed" around the text.
interface MarkedTextProps {
  text: string;
  /** Say "added"/"removed" to a screen reader; off where a label already says which wording it is. */
  announce?: boolean;
}

export function Added({ text, announce = true }: MarkedTextProps) {
  return (
    <ins className="revision-diff__added">
      <Marked text={text} mark="+" spoken={announce ? 'added' : null} />
    </ins>
  );
}

export function Removed({ text, announce = true }: MarkedTextProps) {
  return (
    <del className="revision-diff__removed">
      <Marked text={text} mark="−" spoken={announce ? 'removed' : null} />
    </del>
  );
}

function Marked({ text, mark, spoken }: { text: string; mark: string; spoken: string | null }) {
  const lead = /^\s*/u.exec(text)![0];
  const words = text.slice(lead.length);
  return (
    <>
      {lead}
      <span className="revision-diff__mark" aria-hidden="true">
        {words ? mark : `${mark}¶`}
      </span>
      {spoken ? <span className="visually-hidden">[{spoken}: </span> : null}
      {words || (spoken ? <span className="visually-hidden">a line break</span> : null)}
      {spoken ? <span className="visually-hidden">]</span> : null}
    </>
  );
}
