// Commands a surrounding view (the review queue) sends to the verification panel, so keyboard
// shortcuts go through the same checks and messages as the panel's own controls. `serial` grows
// with every request, so pressing the same key twice is two requests.
export type VerificationRequest =
  | { serial: number; kind: 'focus-rationale' }
  | { serial: number; kind: 'next-status' }
  | { serial: number; kind: 'verdict-key'; key: string };
