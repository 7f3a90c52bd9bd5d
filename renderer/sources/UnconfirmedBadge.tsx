// Marks a source that a suggestion created and no reviewer has vouched for yet. Dashed, unlike the
// filled kind badges, so it never reads as another kind of source.
export function UnconfirmedBadge() {
  return (
    <span className="badge badge--unconfirmed" title="Created from a suggestion; not yet confirmed">
      Unconfirmed
    </span>
  );
}
