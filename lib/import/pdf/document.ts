import { decodeStream } from './filters';
import {
  Lexer,
  PdfError,
  PdfKeyword,
  PdfRef,
  indexOf,
  isDict,
  isStream,
  lastIndexOf,
  nameOf,
  type PdfDict,
  type PdfStream,
  type PdfValue,
} from './objects';

/**
 * A PDF's objects, found through its cross-reference data: classic `xref` tables and cross-reference streams
 * (PDF 1.5), each section's `/Prev` followed so an incrementally updated file reads as its last version, and
 * objects packed in object streams. When the cross-reference data is missing or wrong (a truncated or
 * hand-edited file), every `N G obj` in the file is scanned instead, as PDF readers do.
 */

type Entry = { type: 1; offset: number } | { type: 2; stream: number; index: number };

export interface PdfLimits {
  /** The most bytes any one stream may inflate to. */
  maxStreamBytes: number;
}

/** Object numbers and chains above these are not real: refuse rather than loop or allocate. */
const MAX_OBJECTS = 1_000_000;
const MAX_XREF_SECTIONS = 64;

export class PdfDocument {
  private readonly entries = new Map<number, Entry>();
  private readonly cache = new Map<number, PdfValue>();
  private readonly objectStreams = new Map<number, Promise<{ data: Uint8Array; offsets: Map<number, number>; first: number }>>();
  trailer: PdfDict = new Map();

  private constructor(
    readonly data: Uint8Array,
    readonly limits: PdfLimits,
  ) {}

  static async open(data: Uint8Array, limits: PdfLimits): Promise<PdfDocument> {
    const head = indexOf(data.subarray(0, 1024), '%PDF-');
    if (head < 0) throw new PdfError('not-pdf', 'no %PDF- header');
    const doc = new PdfDocument(data, limits);
    let fromXref = false;
    try {
      await doc.readXref();
      fromXref = doc.trailer.has('Root') && isDict(await doc.resolve(doc.trailer.get('Root')));
    } catch (error) {
      if (error instanceof PdfError && (error.code === 'too-large' || error.code === 'encrypted')) throw error;
    }
    if (!fromXref) await doc.scan();
    if (doc.trailer.has('Encrypt')) throw new PdfError('encrypted', 'the file is encrypted');
    return doc;
  }

  /** Follows `startxref` and each `/Prev`; the newest entry for an object wins. */
  private async readXref(): Promise<void> {
    const at = lastIndexOf(this.data, 'startxref');
    if (at < 0) throw new PdfError('damaged', 'no startxref');
    const lexer = new Lexer(this.data, at + 9);
    let offset = lexer.value();
    const seen = new Set<number>();
    let first = true;
    while (typeof offset === 'number' && !seen.has(offset) && seen.size < MAX_XREF_SECTIONS) {
      seen.add(offset);
      if (offset < 0 || offset >= this.data.length) throw new PdfError('damaged', 'xref offset out of the file');
      const trailer = await this.readXrefSection(offset);
      if (first) this.trailer = trailer;
      first = false;
      // A hybrid file keeps its compressed objects in a stream the table points to.
      const hybrid = trailer.get('XRefStm');
      if (typeof hybrid === 'number' && !seen.has(hybrid)) {
        seen.add(hybrid);
        await this.readXrefSection(hybrid);
      }
      offset = trailer.get('Prev') as PdfValue;
    }
  }

  private async readXrefSection(offset: number): Promise<PdfDict> {
    const lexer = new Lexer(this.data, offset, (ref) => this.plainNumber(ref));
    lexer.skipSpace();
    const start = lexer.pos;
    const word = lexer.value();
    if (word instanceof PdfKeyword && word.word === 'xref') return this.readXrefTable(lexer);
    lexer.pos = start;
    const object = this.objectAt(start);
    if (!isStream(object) || nameOf(object.dict.get('Type')) !== 'XRef') throw new PdfError('damaged', 'no xref at startxref');
    await this.readXrefStream(object);
    return object.dict;
  }

  private readXrefTable(lexer: Lexer): PdfDict {
    for (;;) {
      const first = lexer.value();
      if (first instanceof PdfKeyword && first.word === 'trailer') {
        const trailer = lexer.value();
        if (!isDict(trailer)) throw new PdfError('damaged', 'trailer is not a dictionary');
        return trailer;
      }
      const count = lexer.value();
      if (typeof first !== 'number' || typeof count !== 'number' || first + count > MAX_OBJECTS) throw new PdfError('damaged', 'bad xref section');
      for (let i = 0; i < count; i++) {
        const offset = lexer.value();
        lexer.value(); // generation
        const kind = lexer.value();
        if (typeof offset !== 'number' || !(kind instanceof PdfKeyword)) throw new PdfError('damaged', 'bad xref entry');
        if (kind.word === 'n' && !this.entries.has(first + i)) this.entries.set(first + i, { type: 1, offset });
        if (kind.word === 'f' && !this.entries.has(first + i)) this.entries.set(first + i, { type: 1, offset: -1 });
      }
    }
  }

  private async readXrefStream(stream: PdfStream): Promise<void> {
    const widths = stream.dict.get('W');
    const size = stream.dict.get('Size');
    if (!Array.isArray(widths) || widths.length !== 3 || !widths.every((w) => typeof w === 'number' && w >= 0 && w <= 8) || typeof size !== 'number') {
      throw new PdfError('damaged', 'bad xref stream');
    }
    const [w1, w2, w3] = widths as number[];
    const index = stream.dict.get('Index');
    const ranges = Array.isArray(index) ? (index as number[]) : [0, size];
    const data = await decodeStream(stream, this.limits.maxStreamBytes);
    const rowLength = w1 + w2 + w3;
    const field = (at: number, width: number): number => {
      let n = 0;
      for (let k = 0; k < width; k++) n = n * 256 + data[at + k];
      return n;
    };
    let row = 0;
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      const first = ranges[r];
      const count = ranges[r + 1];
      if (typeof first !== 'number' || typeof count !== 'number' || first + count > MAX_OBJECTS) throw new PdfError('damaged', 'bad xref index');
      for (let i = 0; i < count; i++, row++) {
        const at = row * rowLength;
        if (at + rowLength > data.length) return;
        const type = w1 === 0 ? 1 : field(at, w1);
        const a = field(at + w1, w2);
        const b = field(at + w1 + w2, w3);
        const num = first + i;
        if (this.entries.has(num)) continue;
        if (type === 1) this.entries.set(num, { type: 1, offset: a });
        else if (type === 2) this.entries.set(num, { type: 2, stream: a, index: b });
        else this.entries.set(num, { type: 1, offset: -1 });
      }
    }
  }

  /** The recovery path: every `N G obj` in file order (later copies win), and the last trailer or xref stream. */
  private async scan(): Promise<void> {
    this.entries.clear();
    this.cache.clear();
    const d = this.data;
    const isDigit = (c: number) => c >= 48 && c <= 57;
    let trailer: PdfDict | undefined;
    for (let at = indexOf(d, 'obj'); at >= 0; at = indexOf(d, 'obj', at + 3)) {
      // Walk back over "<num> <gen> " before the keyword.
      let i = at - 1;
      while (i >= 0 && (d[i] === 32 || d[i] === 13 || d[i] === 10)) i--;
      const genEnd = i + 1;
      while (i >= 0 && isDigit(d[i])) i--;
      if (i + 1 === genEnd) continue;
      while (i >= 0 && (d[i] === 32 || d[i] === 13 || d[i] === 10)) i--;
      const numEnd = i + 1;
      while (i >= 0 && isDigit(d[i])) i--;
      if (i + 1 === numEnd) continue;
      const num = Number(String.fromCharCode(...d.subarray(i + 1, numEnd)));
      if (num > MAX_OBJECTS) continue;
      this.entries.set(num, { type: 1, offset: i + 1 });
    }
    for (const [num, entry] of [...this.entries]) {
      if (entry.type !== 1) continue;
      try {
        const object = this.objectAt(entry.offset);
        if (isStream(object) && nameOf(object.dict.get('Type')) === 'XRef') trailer = object.dict;
        if (isStream(object) && nameOf(object.dict.get('Type')) === 'ObjStm') await this.indexObjectStream(num);
      } catch {
        // A damaged object is skipped: the rest of the file may still hold the invoice.
      }
    }
    for (let at = indexOf(d, 'trailer'); at >= 0; at = indexOf(d, 'trailer', at + 7)) {
      try {
        const value = new Lexer(d, at + 7).value();
        if (isDict(value) && value.has('Root')) trailer = value;
      } catch {
        // Keep looking.
      }
    }
    this.trailer = trailer ?? new Map();
    if (!this.trailer.has('Root')) {
      for (const [num] of this.entries) {
        const object = await this.object(num).catch(() => undefined);
        if (isDict(object) && nameOf(object.get('Type')) === 'Catalog') this.trailer.set('Root', new PdfRef(num, 0));
      }
    }
    if (!this.trailer.has('Root')) throw new PdfError('damaged', 'no document catalog');
  }

  /** Objects found inside an object stream during the recovery scan. */
  private async indexObjectStream(num: number): Promise<void> {
    const { offsets } = await this.objectStream(num);
    let index = 0;
    for (const inner of offsets.keys()) {
      const existing = this.entries.get(inner);
      if (!existing || existing.type === 2) this.entries.set(inner, { type: 2, stream: num, index });
      index++;
    }
  }

  private objectAt(offset: number): PdfValue {
    const lexer = new Lexer(this.data, offset, (ref) => this.plainNumber(ref));
    lexer.value(); // object number
    lexer.value(); // generation
    const keyword = lexer.value();
    if (!(keyword instanceof PdfKeyword) || keyword.word !== 'obj') throw new PdfError('damaged', `no object at ${offset}`);
    return lexer.value();
  }

  /** A `/Length` given by reference: an uncompressed number object (streams may not live in object streams). */
  private plainNumber(ref: PdfRef): number | undefined {
    const entry = this.entries.get(ref.num);
    if (!entry || entry.type !== 1 || entry.offset < 0) return undefined;
    try {
      const value = this.objectAt(entry.offset);
      return typeof value === 'number' ? value : undefined;
    } catch {
      return undefined;
    }
  }

  private objectStream(num: number) {
    let pending = this.objectStreams.get(num);
    if (!pending) {
      pending = (async () => {
        const entry = this.entries.get(num);
        if (!entry || entry.type !== 1 || entry.offset < 0) throw new PdfError('damaged', `object stream ${num} missing`);
        const stream = this.objectAt(entry.offset);
        if (!isStream(stream)) throw new PdfError('damaged', `object ${num} is not a stream`);
        const data = await decodeStream(stream, this.limits.maxStreamBytes, (v) => v);
        const n = stream.dict.get('N');
        const first = stream.dict.get('First');
        if (typeof n !== 'number' || typeof first !== 'number' || n > MAX_OBJECTS) throw new PdfError('damaged', 'bad object stream');
        const header = new Lexer(data, 0);
        const offsets = new Map<number, number>();
        for (let i = 0; i < n; i++) {
          const inner = header.value();
          const offset = header.value();
          if (typeof inner !== 'number' || typeof offset !== 'number') throw new PdfError('damaged', 'bad object stream header');
          offsets.set(inner, offset);
        }
        return { data, offsets, first };
      })();
      this.objectStreams.set(num, pending);
    }
    return pending;
  }

  /** The object numbered `num`, or null when the file has none (as the PDF rules say of a missing object). */
  async object(num: number): Promise<PdfValue> {
    if (this.cache.has(num)) return this.cache.get(num)!;
    const entry = this.entries.get(num);
    let value: PdfValue = null;
    if (entry?.type === 1 && entry.offset >= 0) value = this.objectAt(entry.offset);
    else if (entry?.type === 2) {
      const { data, offsets, first } = await this.objectStream(entry.stream);
      const offset = offsets.get(num);
      if (offset !== undefined) value = new Lexer(data, first + offset).value();
    }
    this.cache.set(num, value);
    return value;
  }

  /** Follows references (a chain of them at most a few deep) to the value itself. */
  async resolve(value: PdfValue | undefined): Promise<PdfValue | undefined> {
    let v = value;
    for (let hops = 0; v instanceof PdfRef && hops < 8; hops++) v = await this.object(v.num);
    return v instanceof PdfRef ? undefined : v;
  }

  async decode(stream: PdfStream, limit = this.limits.maxStreamBytes): Promise<Uint8Array> {
    // Filters and their parameters may be references too.
    const dict: PdfDict = new Map(stream.dict);
    for (const key of ['Filter', 'DecodeParms']) {
      const v = await this.resolve(dict.get(key));
      if (v !== undefined) dict.set(key, Array.isArray(v) ? await Promise.all(v.map((x) => this.resolve(x).then((r) => r ?? null))) : v);
    }
    return decodeStream({ dict, raw: stream.raw }, limit);
  }
}
