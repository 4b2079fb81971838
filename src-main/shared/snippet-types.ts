// "Copy as": code in many languages that sends a capture again with its exact body bytes.
import { z } from 'zod';
import type { codeSnippetSchema } from './outputs/code';

/** Every language/client offered, in menu order (the core maps each to its generator). */
export const snippetTargets = [
  { id: 'curl', label: 'cURL', language: 'Shell' },
  { id: 'httpie', label: 'HTTPie', language: 'Shell' },
  { id: 'wget', label: 'Wget', language: 'Shell' },
  { id: 'powershell-webrequest', label: 'Invoke-WebRequest', language: 'PowerShell' },
  { id: 'powershell-restmethod', label: 'Invoke-RestMethod', language: 'PowerShell' },
  { id: 'node-fetch', label: 'fetch', language: 'Node.js' },
  { id: 'node-http', label: 'http', language: 'Node.js' },
  { id: 'node-axios', label: 'axios', language: 'Node.js' },
  { id: 'browser-fetch', label: 'fetch', language: 'Browser JavaScript' },
  { id: 'browser-xhr', label: 'XMLHttpRequest', language: 'Browser JavaScript' },
  { id: 'python-requests', label: 'Requests', language: 'Python' },
  { id: 'python-httpx', label: 'HTTPX', language: 'Python' },
  { id: 'go', label: 'net/http', language: 'Go' },
  { id: 'java-httpclient', label: 'HttpClient', language: 'Java' },
  { id: 'java-okhttp', label: 'OkHttp', language: 'Java' },
  { id: 'kotlin-okhttp', label: 'OkHttp', language: 'Kotlin' },
  { id: 'csharp-httpclient', label: 'HttpClient', language: 'C#' },
  { id: 'csharp-restsharp', label: 'RestSharp', language: 'C#' },
  { id: 'php-curl', label: 'cURL', language: 'PHP' },
  { id: 'php-guzzle', label: 'Guzzle', language: 'PHP' },
  { id: 'ruby-net-http', label: 'Net::HTTP', language: 'Ruby' },
  { id: 'ruby-faraday', label: 'Faraday', language: 'Ruby' },
  { id: 'rust-reqwest', label: 'reqwest', language: 'Rust' },
  { id: 'swift-urlsession', label: 'URLSession', language: 'Swift' },
  { id: 'c-libcurl', label: 'libcurl', language: 'C' },
  { id: 'http-raw', label: 'Raw HTTP/1.1', language: 'HTTP' },
] as const;

export type SnippetTargetId = (typeof snippetTargets)[number]['id'];

export const copyAsInput = z
  .object({
    id: z.number().int().positive(),
    target: z.enum(snippetTargets.map((t) => t.id) as [SnippetTargetId, ...SnippetTargetId[]]),
    /** Base URL the code calls (default: the public URL or the receiver). */
    baseUrl: z.string().max(8192).url().optional(),
  })
  .strict();
export type CopyAsInput = z.infer<typeof copyAsInput>;

export type CodeSnippet = z.infer<typeof codeSnippetSchema>;
