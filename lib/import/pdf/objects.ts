/**
 * The PDF object syntax (ISO 32000-1 §7.3), just enough to walk from the trailer to an embedded file:
 * numbers, names, strings, arrays, dictionaries, indirect references and streams. Bytes are read as they
 * are; nothing here interprets content streams, fonts or pages.
 */

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfString {
  constructor(readonly bytes: Uint8Array) {}

  /** Text strings are UTF-16BE with a byte-order mark, UTF-8 with one (PDF 2.0), or PDFDocEncoding (close to Latin-1). */
  text(): string {
    const b = this.bytes;
    if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder().decode(b.subarray(3));
    return String.fromCharCode(...b);
  }
}

export class PdfKeyword {
  constructor(readonly word: string) {}
}

export type PdfDict = Map<string, PdfValue>;

export interface PdfStream {
  dict: PdfDict;
  /** The raw (still encoded) bytes between `stream` and `endstream`. */
  raw: Uint8Array;
}

export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfValue[] | PdfDict | PdfStream | PdfKeyword;

/** Why a file could not be read; the import screen names each one. */
export type PdfErrorCode = 'not-pdf' | 'damaged' | 'encrypted' | 'unsupported-filter' | 'too-large';

export class PdfError extends Error {
  constructor(
    readonly code: PdfErrorCode,
    detail: string = code,
  ) {
    super(detail);
  }
}

export const isDict = (v: PdfValue | undefined): v is PdfDict => v instanceof Map;
export const isStream = (v: PdfValue | undefined): v is PdfStream =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'raw' in v && 'dict' in v;
export const nameOf = (v: PdfValue | undefined): string | undefined => (v instanceof PdfName ? v.name : undefined);

const WHITESPACE = new Set([0, 9, 10, 12, 13, 32]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Nested arrays and dictionaries deeper than this are refused: a hostile file could exhaust the stack. */
const MAX_DEPTH = 64;

export class Lexer {
  pos: number;

  constructor(
    readonly data: Uint8Array,
    pos = 0,
    /** Resolves a stream's `/Length` when it is an indirect reference. */
    private readonly lengthOf?: (ref: PdfRef) => number | undefined,
  ) {
    this.pos = pos;
  }

  skipSpace(): void {
    const d = this.data;
    while (this.pos < d.length) {
      const c = d[this.pos];
      if (WHITESPACE.has(c)) this.pos++;
      else if (c === 37 /* % */) {
        while (this.pos < d.length && d[this.pos] !== 10 && d[this.pos] !== 13) this.pos++;
      } else break;
    }
  }

  private regular(): string {
    const d = this.data;
    const start = this.pos;
    while (this.pos < d.length && !WHITESPACE.has(d[this.pos]) && !DELIMITERS.has(d[this.pos])) this.pos++;
    return String.fromCharCode(...d.subarray(start, this.pos));
  }

  /** The next value; `depth` guards against hostile nesting. */
  value(depth = 0): PdfValue {
    if (depth > MAX_DEPTH) throw new PdfError('damaged', 'objects nested too deeply');
    this.skipSpace();
    const d = this.data;
    if (this.pos >= d.length) throw new PdfError('damaged', 'unexpected end of file');
    const c = d[this.pos];
    if (c === 47 /* / */) {
      this.pos++;
      return new PdfName(this.regular().replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    }
    if (c === 91 /* [ */) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.pos >= d.length) throw new PdfError('damaged', 'unterminated array');
        if (d[this.pos] === 93 /* ] */) {
          this.pos++;
          return items;
        }
        items.push(this.value(depth + 1));
      }
    }
    if (c === 60 /* < */ && d[this.pos + 1] === 60) {
      this.pos += 2;
      const dict: PdfDict = new Map();
      for (;;) {
        this.skipSpace();
        if (this.pos >= d.length) throw new PdfError('damaged', 'unterminated dictionary');
        if (d[this.pos] === 62 && d[this.pos + 1] === 62) {
          this.pos += 2;
          break;
        }
        const key = this.value(depth + 1);
        if (!(key instanceof PdfName)) throw new PdfError('damaged', 'dictionary key is not a name');
        dict.set(key.name, this.value(depth + 1));
      }
      return this.streamAfter(dict) ?? dict;
    }
    if (c === 60) return this.hexString();
    if (c === 40 /* ( */) return this.literalString();
    if (isDigit(c) || c === 43 || c === 45 || c === 46) return this.numberOrRef();
    const word = this.regular();
    if (word === '') throw new PdfError('damaged', `unexpected byte ${c}`);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return new PdfKeyword(word);
  }

  private numberOrRef(): number | PdfRef {
    const first = this.regular();
    const n = Number(first);
    if (!Number.isFinite(n)) throw new PdfError('damaged', `bad number ${first}`);
    if (!/^\d+$/.test(first)) return n;
    const save = this.pos;
    this.skipSpace();
    const second = this.regular();
    if (/^\d+$/.test(second)) {
      this.skipSpace();
      if (this.data[this.pos] === 82 /* R */ && !this.isRegularAt(this.pos + 1)) {
        this.pos++;
        return new PdfRef(n, Number(second));
      }
    }
    this.pos = save;
    return n;
  }

  private isRegularAt(i: number): boolean {
    const c = this.data[i];
    return c !== undefined && !WHITESPACE.has(c) && !DELIMITERS.has(c);
  }

  private hexString(): PdfString {
    const d = this.data;
    this.pos++;
    let hex = '';
    while (this.pos < d.length && d[this.pos] !== 62) {
      const c = d[this.pos++];
      if (!WHITESPACE.has(c)) hex += String.fromCharCode(c);
    }
    this.pos++;
    if (hex.length % 2) hex += '0';
    const bytes = new Uint8Array(hex.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16) || 0;
    return new PdfString(bytes);
  }

  private literalString(): PdfString {
    const d = this.data;
    this.pos++;
    const out: number[] = [];
    let nesting = 1;
    while (this.pos < d.length) {
      const c = d[this.pos++];
      if (c === 92 /* \ */) {
        const e = d[this.pos++];
        const simple: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12, 40: 40, 41: 41, 92: 92 };
        if (e in simple) out.push(simple[e]);
        else if (e >= 48 && e <= 55) {
          let octal = e - 48;
          for (let k = 0; k < 2 && d[this.pos] >= 48 && d[this.pos] <= 55; k++) octal = octal * 8 + d[this.pos++] - 48;
          out.push(octal & 0xff);
        } else if (e === 13) {
          if (d[this.pos] === 10) this.pos++;
        } else if (e !== 10) out.push(e);
      } else if (c === 40) {
        nesting++;
        out.push(c);
      } else if (c === 41) {
        if (--nesting === 0) return new PdfString(Uint8Array.from(out));
        out.push(c);
      } else out.push(c);
    }
    throw new PdfError('damaged', 'unterminated string');
  }

  /** After a dictionary: the stream's bytes, when the keyword `stream` follows. */
  private streamAfter(dict: PdfDict): PdfStream | undefined {
    const d = this.data;
    const save = this.pos;
    this.skipSpace();
    if (this.regularIs('stream')) {
      this.pos += 6;
      if (d[this.pos] === 13) this.pos++;
      if (d[this.pos] === 10) this.pos++;
      const start = this.pos;
      const declared = dict.get('Length');
      const length = typeof declared === 'number' ? declared : declared instanceof PdfRef ? this.lengthOf?.(declared) : undefined;
      let end = length !== undefined && length >= 0 ? start + length : -1;
      // A wrong or missing /Length is common in damaged files: fall back to the `endstream` keyword.
      if (end < 0 || end > d.length || !this.endstreamNear(end)) end = this.findEndstream(start);
      this.pos = end;
      this.skipSpace();
      if (this.regularIs('endstream')) this.pos += 9;
      return { dict, raw: d.subarray(start, end) };
    }
    this.pos = save;
    return undefined;
  }

  private regularIs(word: string): boolean {
    for (let i = 0; i < word.length; i++) if (this.data[this.pos + i] !== word.charCodeAt(i)) return false;
    return !this.isRegularAt(this.pos + word.length);
  }

  private endstreamNear(end: number): boolean {
    let i = end;
    while (i < this.data.length && WHITESPACE.has(this.data[i])) i++;
    const save = this.pos;
    this.pos = i;
    const ok = this.regularIs('endstream');
    this.pos = save;
    return ok;
  }

  private findEndstream(start: number): number {
    const at = indexOf(this.data, 'endstream', start);
    if (at < 0) throw new PdfError('damaged', 'stream without its end');
    let end = at;
    if (this.data[end - 1] === 10) end--;
    if (this.data[end - 1] === 13) end--;
    return Math.max(start, end);
  }
}

/** The first `needle` (ASCII) in `data` from `from`, or -1. */
export const indexOf = (data: Uint8Array, needle: string, from = 0): number => {
  const first = needle.charCodeAt(0);
  outer: for (let i = data.indexOf(first, from); i >= 0 && i <= data.length - needle.length; i = data.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (data[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
};

/** The last `needle` (ASCII) in `data` at or before `before`, or -1. */
export const lastIndexOf = (data: Uint8Array, needle: string, before = data.length): number => {
  const first = needle.charCodeAt(0);
  const from = before - needle.length;
  if (from < 0) return -1;
  outer: for (let i = data.lastIndexOf(first, from); i >= 0; i = i > 0 ? data.lastIndexOf(first, i - 1) : -1) {
    for (let k = 1; k < needle.length; k++) if (data[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
};
