// ICO and ICNS containers around PNG images. Both formats can embed PNG data directly:
// ICO since Windows Vista (a PNG entry's width/height bytes are 0 for 256 px), ICNS since
// macOS 10.7 for the ic07..ic14 / icp4..icp6 types. No resampling happens here.

/** One .ico from PNGs keyed by pixel size (16..256). */
export function encodeIco(pngsBySize) {
  const sizes = Object.keys(pngsBySize)
    .map(Number)
    .sort((a, b) => a - b);
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(sizes.length, 4);
  const directory = Buffer.alloc(16 * sizes.length);
  let offset = header.length + directory.length;
  sizes.forEach((size, index) => {
    if (size > 256) throw new Error(`ICO images are at most 256 px, not ${size}`);
    const png = pngsBySize[size];
    const at = index * 16;
    directory[at] = size === 256 ? 0 : size; // width (0 means 256)
    directory[at + 1] = size === 256 ? 0 : size; // height
    directory[at + 2] = 0; // palette colours
    directory[at + 3] = 0; // reserved
    directory.writeUInt16LE(1, at + 4); // colour planes
    directory.writeUInt16LE(32, at + 6); // bits per pixel
    directory.writeUInt32LE(png.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, directory, ...sizes.map((size) => pngsBySize[size])]);
}

/** ICNS element types that hold PNG data, by the image's pixel size (1x and 2x variants). */
export const ICNS_TYPES = [
  { type: 'icp4', size: 16 },
  { type: 'ic11', size: 32 }, // 16@2x
  { type: 'icp5', size: 32 },
  { type: 'ic12', size: 64 }, // 32@2x
  { type: 'ic07', size: 128 },
  { type: 'ic13', size: 256 }, // 128@2x
  { type: 'ic08', size: 256 },
  { type: 'ic14', size: 512 }, // 256@2x
  { type: 'ic09', size: 512 },
];

/** One .icns with every ICNS_TYPES element whose size is in pngsBySize. */
export function encodeIcns(pngsBySize) {
  const elements = ICNS_TYPES.filter(({ size }) => pngsBySize[size]).map(({ type, size }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + pngsBySize[size].length, 4);
    return Buffer.concat([head, pngsBySize[size]]);
  });
  const body = Buffer.concat(elements);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + body.length, 4);
  return Buffer.concat([head, body]);
}
