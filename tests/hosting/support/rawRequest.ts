// One HTTP(S) request with the path sent exactly as written (no URL normalization, no decompression),
// so a test sees what a browser or an attacker's client would get.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer } from 'node:net';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface RawRequestOptions {
  port: number;
  path: string;
  headers?: Record<string, string>;
  /** Certificate to trust for HTTPS to "localhost"; plain HTTP without it. */
  trustedCertificate?: string;
}

export function rawRequest({ port, path, headers = {}, trustedCertificate }: RawRequestOptions): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const onResponse = (response: import('node:http').IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    };
    const common = { host: '127.0.0.1', port, path, headers: { host: 'guidance.example.com', ...headers } };
    const sent = trustedCertificate
      ? httpsRequest({ ...common, servername: 'localhost', ca: trustedCertificate }, onResponse)
      : httpRequest(common, onResponse);
    sent.on('error', reject).end();
  });
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
