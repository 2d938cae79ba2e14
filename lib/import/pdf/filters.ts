import { PdfError, isDict, nameOf, type PdfDict, type PdfStream, type PdfValue } from './objects';

/**
 * Stream decoding. Factur-X writers compress with FlateDecode (zlib), which the browser inflates itself
 * through `DecompressionStream`: no inflate code of our own to ship. Xref and object streams often add a
 * PNG predictor, undone here. Any other filter (images use DCT, JPX…) is refused: an invoice's XML never
 * uses them.
 */

/** Inflates zlib data, giving up as soon as the output passes `limit` bytes (a small file can inflate to gigabytes). */
export const inflate = async (data: Uint8Array, limit: number): Promise<Uint8Array> => {
  const source = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
  const reader = source.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel();
        throw new PdfError('too-large', 'a stream inflates past the size limit');
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PdfError) throw error;
    throw new PdfError('damaged', 'a compressed stream is damaged');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Undoes the PNG predictors (ISO 32000-1 §7.4.4.4, Predictor ≥ 10): each row starts with its filter type. */
export const unpredictPng = (data: Uint8Array, rowLength: number, bytesPerPixel: number): Uint8Array => {
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)];
    const input = r * (rowLength + 1) + 1;
    const row = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[input + i];
      const left = i >= bytesPerPixel ? out[row + i - bytesPerPixel] : 0;
      const up = r > 0 ? out[row - rowLength + i] : 0;
      const upLeft = r > 0 && i >= bytesPerPixel ? out[row - rowLength + i - bytesPerPixel] : 0;
      const predicted = type === 0 ? 0 : type === 1 ? left : type === 2 ? up : type === 3 ? (left + up) >> 1 : type === 4 ? paeth(left, up, upLeft) : -1;
      if (predicted < 0) throw new PdfError('damaged', `unknown PNG predictor ${type}`);
      out[row + i] = (raw + predicted) & 0xff;
    }
  }
  return out;
};

const asArray = (v: PdfValue | undefined): PdfValue[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** The stream's decoded bytes, at most `limit` of them. */
export const decodeStream = async (
  stream: PdfStream,
  limit: number,
  resolve: (v: PdfValue | undefined) => PdfValue | undefined = (v) => v,
): Promise<Uint8Array> => {
  const filters = asArray(resolve(stream.dict.get('Filter'))).map((f) => nameOf(resolve(f)));
  const parms = asArray(resolve(stream.dict.get('DecodeParms'))).map((p) => resolve(p));
  let data = stream.raw;
  for (let i = 0; i < filters.length; i++) {
    const filter = filters[i];
    if (filter !== 'FlateDecode' && filter !== 'Fl') throw new PdfError('unsupported-filter', `filter ${filter ?? '?'}`);
    data = await inflate(data, limit);
    const parm = parms[i];
    if (isDict(parm)) data = unpredict(data, parm);
  }
  if (data.length > limit) throw new PdfError('too-large', 'a stream is past the size limit');
  return data;
};

const unpredict = (data: Uint8Array, parms: PdfDict): Uint8Array => {
  const predictor = numberIn(parms, 'Predictor', 1);
  if (predictor === 1) return data;
  if (predictor < 10) throw new PdfError('unsupported-filter', `TIFF predictor ${predictor}`);
  const colors = numberIn(parms, 'Colors', 1);
  const bits = numberIn(parms, 'BitsPerComponent', 8);
  const columns = numberIn(parms, 'Columns', 1);
  return unpredictPng(data, Math.ceil((columns * colors * bits) / 8), Math.max(1, Math.ceil((colors * bits) / 8)));
};

const numberIn = (dict: PdfDict, key: string, fallback: number): number => {
  const v = dict.get(key);
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : fallback;
};
