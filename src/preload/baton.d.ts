import type { BatonApi } from '../shared/api';

// The preload's gift to the page. Optional: the same renderer also runs in a plain browser
// (the web host), where it talks over WebSocket instead.
declare global {
  interface Window {
    baton?: BatonApi & { readonly systemLanguages?: readonly string[] };
  }
}

export {};
