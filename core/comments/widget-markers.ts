/**
 * Lines that comment widgets (WordPress, wpDiscuz, Disqus, news-site forms) print around a
 * thread, weighted by how unmistakable they are on their own. A line must match as a whole, so an
 * article sentence that merely mentions "comments" never counts.
 */
interface WidgetMarker {
  pattern: RegExp;
  weight: number;
}

/** Weight a cluster of nearby marker lines must reach before it is taken for a widget. */
export const WIDGET_CLUSTER_WEIGHT = 3;

const MARKERS: WidgetMarker[] = [
  { pattern: /^notify of$/i, weight: 3 },
  { pattern: /^inline feedbacks?$/i, weight: 3 },
  { pattern: /^view all comments$/i, weight: 3 },
  { pattern: /^(oldest|newest|most voted)( (oldest|newest|most voted)){1,2}$/i, weight: 3 },
  { pattern: /^leave a (reply|comment)( cancel reply)?$/i, weight: 3 },
  { pattern: /^(load|show) more comments$/i, weight: 3 },
  { pattern: /^(post|add|write|submit) a comment$/i, weight: 3 },
  { pattern: /^join the (discussion|conversation)$/i, weight: 3 },
  { pattern: /^\d+ (comments?|responses?|replies|thoughts on .+)$/i, weight: 3 },
  { pattern: /comments powered by disqus\.?$/i, weight: 3 },
  { pattern: /^your email address will not be published\b/i, weight: 3 },
  { pattern: /^required fields are marked/i, weight: 3 },
  { pattern: /^you must be logged in to post a comment\.?$/i, weight: 3 },
  { pattern: /^save my name, email,? and website in this browser/i, weight: 3 },
  { pattern: /^(show|view|hide|read) (all )?\d* ?comments$/i, weight: 2 },
  { pattern: /^\*? ?(name|e-?mail|text|comment|website) ?\*? ?:$/i, weight: 2 },
  { pattern: /^comments? \(\d+\)$/i, weight: 2 },
  { pattern: /^(comments?|discussion|reader comments)$/i, weight: 1 },
  { pattern: /^(reply|send|submit|post|cancel reply|subscribe|log ?in|sign in)$/i, weight: 1 },
];

export function widgetMarkerWeight(line: string): number {
  const text = line.replace(/\s+/g, ' ').trim();
  for (const marker of MARKERS) if (marker.pattern.test(text)) return marker.weight;
  return 0;
}
