// Draws the toolbar icon (a shield with a tick) at each size the manifest needs, as PNG files in
// public/icon/. Plain Node (zlib): no image tool is needed to rebuild the icons.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const png = (size, pixel) => {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

// Shape in unit coordinates (0..1), sampled 4x4 per pixel for smooth edges.
const inShield = (u, v) => {
  if (v < 0.08 || v > 0.95) return false;
  const halfWidth = v < 0.55 ? 0.4 : 0.4 * Math.sqrt(Math.max(0, 1 - ((v - 0.55) / 0.4) ** 2));
  return Math.abs(u - 0.5) <= halfWidth;
};
const distToSegment = (px, py, ax, ay, bx, by) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};
const inTick = (u, v) =>
  Math.min(distToSegment(u, v, 0.3, 0.5, 0.45, 0.66), distToSegment(u, v, 0.45, 0.66, 0.72, 0.36)) < 0.055;

// The "client captured" variant adds an amber dot at the top right, so the tab shows a capture
// while the red overdue badge (bottom right) stays visible.
const inDot = (u, v) => Math.hypot(u - 0.8, v - 0.2) < 0.2;
const amber = [245, 158, 11];

const teal = [15, 118, 110];
mkdirSync('public/icon', { recursive: true });
for (const [prefix, sizes] of [['', [16, 32, 48, 96, 128]], ['captured-', [16, 32]]]) for (const size of sizes) {
  const file = png(size, (x, y) => {
    if (prefix) {
      let dot = 0;
      for (let i = 0; i < 4; i++)
        for (let j = 0; j < 4; j++) if (inDot((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) dot++;
      if (dot > 8) return [...amber, 255];
    }
    let shield = 0;
    let tick = 0;
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        const u = (x + (i + 0.5) / 4) / size;
        const v = (y + (j + 0.5) / 4) / size;
        if (inShield(u, v)) {
          shield++;
          if (inTick(u, v)) tick++;
        }
      }
    if (shield === 0) return [0, 0, 0, 0];
    const w = tick / shield;
    return [...teal.map((c) => Math.round(c + (255 - c) * w)), Math.round((shield / 16) * 255)];
  });
  writeFileSync(`public/icon/${prefix}${size}.png`, file);
}
console.log('icons written to public/icon/');
