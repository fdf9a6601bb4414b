/**
 * A whole lesson in a link's # fragment, so it opens on any copy of the atlas with no server:
 * the lesson's JSON, deflated by the browser's own CompressionStream, in base64url. The fragment
 * never reaches a server. Decoding stops at LESSON_MAX_BYTES, so a crafted link cannot inflate
 * into something huge.
 */
import { LESSON_MAX_BYTES, type Lesson } from './lessonFormat';

/** What precedes the encoded lesson in the fragment; `z` names the compression, for later ones. */
export const LESSON_FRAGMENT_PREFIX = '#lesson=z';

/**
 * Longer links than this are not offered: some mail and chat apps cut long links, and a file
 * carries any size. A 20-step lesson with two-sentence captions stays far below it.
 */
export const LESSON_LINK_MAX_LENGTH = 16_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function collect(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Bytes through a (de)compression stream; a failure to write shows up as the read's error. */
function transform(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): ReadableStream<Uint8Array> {
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  return stream.readable;
}

/** The fragment for a lesson, `#lesson=z…`. */
export async function encodeLessonFragment(lesson: Lesson): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(lesson));
  const deflated = await collect(
    transform(json, new CompressionStream('deflate-raw')),
    Number.POSITIVE_INFINITY,
  );
  return `${LESSON_FRAGMENT_PREFIX}${toBase64Url(deflated ?? new Uint8Array())}`;
}

export const isLessonFragment = (hash: string): boolean => hash.startsWith('#lesson=');

export type FragmentReading =
  { ok: true; text: string } | { ok: false; reason: 'unknownEncoding' | 'damaged' | 'tooBig' };

/** The lesson's JSON text from a fragment; its content is then read like a file's. */
export async function decodeLessonFragment(hash: string): Promise<FragmentReading> {
  if (!hash.startsWith(LESSON_FRAGMENT_PREFIX)) return { ok: false, reason: 'unknownEncoding' };
  const bytes = fromBase64Url(hash.slice(LESSON_FRAGMENT_PREFIX.length));
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'damaged' };
  if (bytes.length > LESSON_MAX_BYTES) return { ok: false, reason: 'tooBig' };
  try {
    const inflated = await collect(
      transform(bytes, new DecompressionStream('deflate-raw')),
      LESSON_MAX_BYTES,
    );
    if (!inflated) return { ok: false, reason: 'tooBig' };
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}
