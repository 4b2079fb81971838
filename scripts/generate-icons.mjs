// Generates every app icon from the one source, resources/icon.svg (`npm run icons`):
//   resources/icons/<n>x<n>.png   the PNG set (electron-builder installs it into hicolor on Linux)
//   resources/icon.icns            macOS (PNG entries)
//   resources/icon.ico             Windows (BMP entries below 256 px, PNG at 256 px)
//   resources/icon-manifest.json   SHA-256 of the source, this script and every output
// Each size is rendered from the SVG by resvg rather than scaled down from a big bitmap, so the
// small sizes stay sharp. The ICO and ICNS containers are tiny formats written here directly, which
// keeps the output byte-for-byte deterministic and spares a dependency.
// `npm run icons -- --check` renders in memory and exits 1 if any committed file differs.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resources = join(root, 'resources');
const sourcePath = join(resources, 'icon.svg');
const scriptPath = fileURLToPath(import.meta.url);

export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
// Windows shell sizes; 256 is the largest an ICO entry can describe.
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types holding PNG data, with their pixel size. 'ic11'…'ic14' are the @2x variants.
// The 16/32 px legacy types (is32, icp4…) are left out: macOS scales down from the larger entries.
const ICNS_TYPES = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
// Text inputs are hashed with LF line endings, so a Windows checkout (core.autocrlf) still matches.
const textSha256 = (bytes) => sha256(bytes.toString('utf8').replace(/\r\n/g, '\n'));

function render(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
}

/**
 * A 32-bit BMP (DIB) icon entry. resvg's pixels are premultiplied RGBA; a DIB wants straight BGRA,
 * bottom-up, followed by a 1-bit AND mask (all zero: the alpha channel already carries transparency).
 */
function dibEntry(image) {
  const { width, height } = image;
  const pixels = image.pixels;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0); // BITMAPINFOHEADER size
  header.writeInt32LE(width, 4);
  header.writeInt32LE(height * 2, 8); // XOR bitmap + AND mask
  header.writeUInt16LE(1, 12); // planes
  header.writeUInt16LE(32, 14); // bits per pixel
  const xor = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      const to = ((height - 1 - y) * width + x) * 4;
      const alpha = pixels[from + 3];
      const straight = (channel) => (alpha === 0 ? 0 : Math.min(255, Math.round((channel * 255) / alpha)));
      xor[to] = straight(pixels[from + 2]);
      xor[to + 1] = straight(pixels[from + 1]);
      xor[to + 2] = straight(pixels[from]);
      xor[to + 3] = alpha;
    }
  }
  const maskRowBytes = Math.ceil(width / 32) * 4;
  return Buffer.concat([header, xor, Buffer.alloc(maskRowBytes * height)]);
}

function ico(entries) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type 1 = icon
  header.writeUInt16LE(entries.length, 4);
  const directory = Buffer.alloc(16 * entries.length);
  let offset = header.length + directory.length;
  entries.forEach(({ size, data }, index) => {
    const at = index * 16;
    directory.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    directory.writeUInt8(size >= 256 ? 0 : size, at + 1);
    directory.writeUInt16LE(1, at + 4); // colour planes
    directory.writeUInt16LE(32, at + 6); // bits per pixel
    directory.writeUInt32LE(data.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, directory, ...entries.map((entry) => entry.data)]);
}

function icns(elements) {
  const chunks = elements.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

/** Every output file, rendered in memory: path (relative to the repo) → bytes. */
export function renderAll() {
  const svg = readFileSync(sourcePath);
  const images = new Map(PNG_SIZES.map((size) => [size, render(svg, size)]));
  const pngs = new Map([...images].map(([size, image]) => [size, image.asPng()]));
  const files = new Map();
  for (const size of PNG_SIZES) files.set(`resources/icons/${size}x${size}.png`, pngs.get(size));
  files.set('resources/icon.icns', icns(ICNS_TYPES.map(([type, size]) => ({ type, data: pngs.get(size) }))));
  files.set(
    'resources/icon.ico',
    ico(
      ICO_SIZES.map((size) => ({
        size,
        data: size >= 256 ? pngs.get(size) : dibEntry(images.get(size)),
      })),
    ),
  );

  const resvgVersion = createRequire(import.meta.url)('@resvg/resvg-js/package.json').version;
  const manifest = {
    note: 'Generated by `npm run icons` from resources/icon.svg. Do not edit; regenerate.',
    generator: { script: 'scripts/generate-icons.mjs', sha256: textSha256(readFileSync(scriptPath)) },
    renderer: `@resvg/resvg-js ${resvgVersion}`,
    renderedOn: `${process.platform}-${process.arch}`,
    source: { file: 'resources/icon.svg', sha256: textSha256(svg) },
    outputs: Object.fromEntries([...files].map(([path, bytes]) => [path, { sha256: sha256(bytes) }])),
  };
  files.set('resources/icon-manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  return files;
}

function main() {
  const check = process.argv.includes('--check');
  const files = renderAll();
  const stale = [];
  for (const [path, bytes] of files) {
    const target = join(root, path);
    if (check) {
      let current = null;
      try {
        current = readFileSync(target);
      } catch {
        // missing counts as stale
      }
      if (!current || !current.equals(bytes)) stale.push(path);
    } else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
      console.log(`wrote ${path} (${bytes.length} bytes)`);
    }
  }
  if (check) {
    if (stale.length > 0) {
      console.error(`icons are stale, run \`npm run icons\`:\n  ${stale.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log(`icons are up to date (${files.size} files)`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === scriptPath) main();
