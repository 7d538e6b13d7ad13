import { LinkTooLarge } from './link-bounds';

/**
 * Input goes to the inflater a little at a time: it inflates a piece it is given in full, however
 * much comes out (at most about 1,032 bytes a byte), so small pieces keep what is held past the cap
 * to about a megabyte.
 */
const PIECE_BYTES = 1024;

/**
 * deflate-raw inflated, or LinkTooLarge as soon as more than maxBytes have come out: a bomb stops at
 * the cap instead of filling the heap (formats.md: the inflater stops there).
 */
export async function inflateCapped(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  let offset = 0;
  const source = new ReadableStream<ArrayBufferView<ArrayBuffer> | ArrayBuffer>(
    {
      pull(controller) {
        if (offset >= bytes.length) controller.close();
        else controller.enqueue(bytes.slice(offset, (offset += PIECE_BYTES)));
      },
    },
    { highWaterMark: 0 },
  );
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new LinkTooLarge('inflated');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
