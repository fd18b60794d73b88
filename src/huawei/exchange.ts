// What one HTTP exchange sends and gets back, whichever way it goes (transport.ts).

export interface Exchange {
  method: string;
  url: string;
  /** Sent as is; empty for none. */
  body: string;
  /** Host included. */
  headers: Record<string, string>;
  userAgent: string;
  /** Idle timeout, in milliseconds. */
  timeoutMs: number;
}

export interface RawResponse {
  status: number;
  /** By lower-case name, the first value of repeated ones. */
  headers: Record<string, string | undefined>;
  text: string;
}
