const PAST_ASCII = /[\u007f-\uffff]/g;

/**
 * JSON text with every character past ASCII written as `\uXXXX`: the same value once parsed, but
 * text of single bytes. Node and Chromium keep such text as one byte a character and decode it on
 * their fast paths; one non-ASCII name in a 4 MB answer made Chromium take 240–390 ms instead of
 * ≈ 115 ms to receive it over a WebSocket, and Node twice as long to read a cache file
 * (docs/performance.md). Costs 2–30 ms for 4 MB, by how much of it is past ASCII.
 */
export function asciiJson(value: unknown): string {
  return asciiOnly(JSON.stringify(value));
}

/** JSON text made ASCII-only (see asciiJson); text that already is comes back as it is. */
export function asciiOnly(json: string): string {
  return json.replace(PAST_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
