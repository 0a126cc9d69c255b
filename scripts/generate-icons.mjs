#!/usr/bin/env node
// Draws Baton's icons with nothing but Node: a tiny PNG encoder over zlib, shapes rasterised
// with 4x4 supersampling. App: icon.png (512 px), icon.ico (16..256), icon.icns (16..512@1x/2x).
// Tray: 16/32 px per state, plus black-and-alpha `*Template.png` for the macOS menu bar.
// Run: node scripts/generate-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { encodeIcns, encodeIco } from './icon-containers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** RGBA pixels (Uint8Array, size*size*4) to a PNG file. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Paints shapes given as (x, y) -> [r, g, b, a] | null in unit coordinates (0..1), supersampled. */
function render(size, paint) {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const color = paint((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (!color) continue;
          const alpha = color[3] / 255;
          r += color[0] * alpha;
          g += color[1] * alpha;
          b += color[2] * alpha;
          a += alpha;
        }
      }
      const n = samples * samples;
      const i = (y * size + x) * 4;
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((a / n) * 255);
    }
  }
  return encodePng(size, rgba);
}

const inRoundedSquare = (x, y, inset, radius) => {
  const lo = inset + radius,
    hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi),
    dy = Math.max(lo - y, 0, y - hi);
  return x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset && dx * dx + dy * dy <= radius * radius;
};
/** The baton: a thick diagonal stroke from bottom-left to top-right with round caps. */
const onBaton = (x, y, width) => {
  const [ax, ay, bx, by] = [0.3, 0.7, 0.7, 0.3];
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  const px = ax + t * (bx - ax),
    py = ay + t * (by - ay);
  return (x - px) ** 2 + (y - py) ** 2 <= (width / 2) ** 2;
};
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const INK = [37, 99, 235, 255];
const WHITE = [255, 255, 255, 255];
const appIcon = (size) => render(size, (x, y) => (inRoundedSquare(x, y, 0.06, 0.18) ? (onBaton(x, y, 0.14) ? WHITE : INK) : null));
const appSizes = Object.fromEntries([16, 24, 32, 48, 64, 128, 256, 512].map((size) => [size, appIcon(size)]));
const app = appSizes[512];

// Tray: the baton on a transparent ground, with a state dot at the bottom right.
const STATES = {
  'signed-out': { baton: [120, 120, 120, 255], dot: null },
  connected: { baton: [60, 60, 60, 255], dot: [22, 163, 74, 255] },
  running: { baton: [60, 60, 60, 255], dot: [37, 99, 235, 255] },
  attention: { baton: [60, 60, 60, 255], dot: [234, 88, 12, 255] },
};
// Windows and Linux taskbars can be dark: the same icon with a light baton (`tray-<state>-dark.png`).
const DARK_BATON = {
  'signed-out': [170, 170, 170, 255],
  connected: [235, 235, 235, 255],
  running: [235, 235, 235, 255],
  attention: [235, 235, 235, 255],
};
const tray = (size, state, onDark = false) =>
  render(size, (x, y) => {
    const { dot } = STATES[state];
    const baton = onDark ? DARK_BATON[state] : STATES[state].baton;
    if (dot && inCircle(x, y, 0.76, 0.76, 0.24)) return inCircle(x, y, 0.76, 0.76, 0.17) ? dot : null;
    return onBaton(x, y, 0.22) ? baton : null;
  });

// macOS menu-bar templates: only alpha counts (the system tints them), so the state is a shape:
// signed out is faint, running adds a filled dot, attention a ring.
const TEMPLATE_DOTS = { 'signed-out': null, connected: null, running: 'dot', attention: 'ring' };
const BLACK = [0, 0, 0, 255];
const trayTemplate = (size, state) =>
  render(size, (x, y) => {
    const dot = TEMPLATE_DOTS[state];
    if (dot && inCircle(x, y, 0.76, 0.76, 0.24)) {
      if (!inCircle(x, y, 0.76, 0.76, 0.17)) return null;
      return dot === 'ring' && inCircle(x, y, 0.76, 0.76, 0.09) ? null : BLACK;
    }
    return onBaton(x, y, 0.22) ? (state === 'signed-out' ? [0, 0, 0, 110] : BLACK) : null;
  });

const write = (relative, data) => {
  const file = join(root, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
  console.log(`wrote ${relative} (${data.length} bytes)`);
};
write('assets/icon.png', app);
const { 512: _largest, ...icoSizes } = appSizes;
write('assets/icon.ico', encodeIco(icoSizes));
write('assets/icon.icns', encodeIcns(appSizes));
for (const state of Object.keys(STATES)) {
  write(`assets/tray/tray-${state}.png`, tray(16, state));
  write(`assets/tray/tray-${state}@2x.png`, tray(32, state));
  write(`assets/tray/tray-${state}-dark.png`, tray(16, state, true));
  write(`assets/tray/tray-${state}-dark@2x.png`, tray(32, state, true));
  write(`assets/tray/tray-${state}Template.png`, trayTemplate(16, state));
  write(`assets/tray/tray-${state}Template@2x.png`, trayTemplate(32, state));
}
