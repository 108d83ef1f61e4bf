// Draws the extension icons (a seal-red rounded square with a white lens over lines of text)
// and writes them as PNGs to public/icon/<size>.png, where WXT picks them up for the manifest.
// Shapes are signed-distance functions on a 128-unit canvas, supersampled for anti-aliasing,
// so no image library is needed. Run: npm run icons
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 96, 128];
const SEAL_RED: RGB = [0xb2, 0x22, 0x22];
const WHITE: RGB = [0xff, 0xff, 0xff];
const SUBSAMPLES = 4; // per axis
/** Below this size the text lines inside the lens would be blur; the lens alone reads better. */
const MIN_SIZE_FOR_LINES = 48;

type RGB = [number, number, number];
/** Distance to a shape's edge in canvas units: negative inside. */
type Shape = (x: number, y: number) => number;

const roundedSquare =
  (min: number, max: number, radius: number): Shape =>
  (x, y) => {
    const centre = (min + max) / 2;
    const half = (max - min) / 2 - radius;
    const dx = Math.max(Math.abs(x - centre) - half, 0);
    const dy = Math.max(Math.abs(y - centre) - half, 0);
    const inside = Math.min(Math.max(Math.abs(x - centre) - half, Math.abs(y - centre) - half), 0);
    return Math.hypot(dx, dy) + inside - radius;
  };

const ring =
  (cx: number, cy: number, radius: number, width: number): Shape =>
  (x, y) =>
    Math.abs(Math.hypot(x - cx, y - cy) - radius) - width / 2;

/** A segment with round ends. */
const capsule =
  (x1: number, y1: number, x2: number, y2: number, width: number): Shape =>
  (x, y) => {
    const [dx, dy] = [x2 - x1, y2 - y1];
    const t = Math.min(Math.max(((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy), 0), 1);
    return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) - width / 2;
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    Math.min(...shapes.map((shape) => shape(x, y)));

function markFor(size: number): Shape {
  const lens = [ring(54, 54, 27, 10), capsule(75, 75, 100, 100, 14)];
  if (size < MIN_SIZE_FOR_LINES) return union(...lens);
  const lines = [capsule(42, 46, 66, 46, 6), capsule(42, 58, 60, 58, 6)];
  return union(...lens, ...lines);
}

function renderRGBA(size: number): Buffer {
  const background = roundedSquare(4, 124, 26);
  const mark = markFor(size);
  const scale = 128 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inBackground = 0;
      let inMark = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) * scale;
          const y = (py + (sy + 0.5) / SUBSAMPLES) * scale;
          if (background(x, y) <= 0) {
            inBackground++;
            if (mark(x, y) <= 0) inMark++;
          }
        }
      }
      const samples = SUBSAMPLES * SUBSAMPLES;
      const offset = (py * size + px) * 4;
      // The mark lies inside the background, so colour by the mark's share of covered samples.
      const markShare = inBackground ? inMark / inBackground : 0;
      for (let c = 0; c < 3; c++) {
        pixels[offset + c] = Math.round(SEAL_RED[c] + (WHITE[c] - SEAL_RED[c]) * markShare);
      }
      pixels[offset + 3] = Math.round((255 * inBackground) / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter type: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'icon');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(outDir, `${size}.png`), encodePng(size, renderRGBA(size)));
}
console.log(`Wrote ${SIZES.map((size) => `${size}.png`).join(', ')} to ${outDir}`);
