// The app:// protocol that serves the built renderer (out/renderer). Pure apart from reading files,
// so the path resolver and the whole request handler are tested under plain Node (Request and
// Response are globals there too). main.ts registers it with protocol.handle.
import { createReadStream } from 'node:fs';
import { readFile as fsReadFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { contentDisposition, EXPORT_ID } from '../core/replay/export-download';
import type { ExportFileInfo } from '../core/replay/export-jobs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { contentSecurityPolicy } from './csp';

/**
 * Scheme privileges, registered before app ready. `standard` gives real relative-URL resolution and
 * an origin; `secure` makes it a secure context; fetch/CORS support lets Vite's module scripts
 * (`<script type="module" crossorigin>`) load. CSP is never bypassed, no service workers, no streams.
 */
export const appSchemePrivileges = Object.freeze({
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
});

/**
 * Map an app:// URL to a file inside `rendererRoot`, or null when it is not ours or would escape the
 * root (`..`, encoded slashes or backslashes, NUL, absolute paths). `/` maps to index.html.
 */
export function resolveRendererAsset(rendererRoot: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  // Backslashes are separators on Windows and NUL truncates paths in some APIs: neither is ever in
  // one of our asset names, so refuse instead of normalising.
  if (pathname.includes('\\') || pathname.includes('\0')) return null;
  if (pathname === '' || pathname === '/') pathname = '/index.html';

  const root = resolve(rendererRoot);
  const target = resolve(root, `.${pathname}`);
  const inside = relative(root, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return target;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every app:// response. The CSP travels as a header so the page cannot weaken it. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

export interface RendererHandlerOptions {
  rendererRoot: string;
  /** A finished export's file (app://…/api/exports/<id> downloads it); absent before the core runs. */
  exportFile?: (exportId: string) => ExportFileInfo | null;
  /** Injected for tests; defaults to fs.readFile. */
  readFile?: (path: string) => Promise<Uint8Array>;
}

/** The protocol.handle callback: GET/HEAD of files under rendererRoot, everything else refused. */
export function createRendererRequestHandler(
  options: RendererHandlerOptions,
): (request: Request) => Promise<Response> {
  const read = options.readFile ?? fsReadFile;
  return async (request) => {
    const headers = securityHeaders();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers });
    }
    const exportId = /^\/api\/exports\/([^/]+)$/.exec(new URL(request.url).pathname)?.[1];
    if (exportId !== undefined) return exportDownload(exportId, options, request.method, headers);
    const filePath = resolveRendererAsset(options.rendererRoot, request.url);
    if (filePath === null) return new Response(null, { status: 404, headers });
    let body: Uint8Array;
    try {
      body = await read(filePath);
    } catch {
      // ENOENT, EISDIR, EACCES: the renderer only ever asks for files the build produced.
      return new Response(null, { status: 404, headers });
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...headers, 'Content-Type': contentTypeFor(filePath) },
    });
  };
}

/** The export download: the file streamed as an attachment (Electron saves it as a download). */
function exportDownload(
  exportId: string,
  options: RendererHandlerOptions,
  method: string,
  headers: Record<string, string>,
): Response {
  const file = EXPORT_ID.test(exportId) ? (options.exportFile?.(exportId) ?? null) : null;
  if (!file) return new Response(null, { status: 404, headers });
  const body = method === 'HEAD' ? null : (Readable.toWeb(createReadStream(file.path)) as ReadableStream);
  return new Response(body, {
    status: 200,
    headers: {
      ...headers,
      'Content-Type': file.mimeType,
      'Content-Length': String(file.size),
      'Content-Disposition': contentDisposition(file.fileName),
      'Cache-Control': 'no-store',
    },
  });
}
