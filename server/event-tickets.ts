import { randomBytes } from 'node:crypto';

/**
 * One-time tickets for the event stream. A browser's EventSource cannot send an Authorization
 * header, and a token in the stream's URL would end up in logs and history; so the page asks for a
 * ticket with its token (in the header, like every API call) and opens the stream with the ticket,
 * which works once and only for a few seconds.
 */
export class EventTickets {
  private readonly tickets = new Map<string, number>();

  constructor(private readonly lifetimeMs = 30_000) {}

  issue(now = Date.now()): string {
    this.forgetExpired(now);
    const ticket = randomBytes(24).toString('base64url');
    this.tickets.set(ticket, now + this.lifetimeMs);
    return ticket;
  }

  /** Whether the ticket is one this host issued, unused and unexpired; it is used up either way. */
  redeem(ticket: string | null, now = Date.now()): boolean {
    if (!ticket) return false;
    const expires = this.tickets.get(ticket);
    this.tickets.delete(ticket);
    return expires !== undefined && expires >= now;
  }

  private forgetExpired(now: number): void {
    for (const [ticket, expires] of this.tickets) if (expires < now) this.tickets.delete(ticket);
  }
}
