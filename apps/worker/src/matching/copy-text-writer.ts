/**
 * Rows of PostgreSQL's COPY text format, written as UTF-8 bytes straight into slabs of
 * memory, one row after another, each row contiguous.
 *
 * Why bytes and not strings: a full rescore encodes two million rows. Built as strings, each
 * row was a rope of some thirty pieces (two-byte where a concept is in Hangul) that was later
 * flattened, copied and encoded again for the socket: ≈ 20 µs a row, with the garbage, and
 * about a third of a worker's CPU in a profile. Digits, ids and punctuation here are written
 * a byte at a time; only text outside plain ASCII (concept names) goes through the encoder,
 * and each such string's escaped bytes are kept for the next row that names it.
 */

/** Rows are written into slabs of this size; a slab is not written again once left. */
const SLAB = 1 << 20;
/** Escaped strings remembered; past this the memory is let go and filled again. */
const MAX_REMEMBERED = 50_000;
/** At most this many bytes per UTF-16 unit: `\u00XX` in JSON with its backslash doubled. */
const BYTES_PER_UNIT = 7;

const TAB = 0x09;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const encoder = new TextEncoder();
/** Digits after the point of the scales in use. */
const SCALE_DIGITS = new Map([1e4, 1e9].map((scale) => [scale, Math.round(Math.log10(scale))]));

/** COPY text format: backslash, tab and line breaks escaped. */
export function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, escapeChar) : value;
}

function escapeChar(c: string): string {
  return c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r';
}

const UNESCAPED: Record<string, string> = { t: '\t', n: '\n', r: '\r' };
const utf8 = new TextDecoder();

/**
 * The column values of one COPY text line (its newline optional), escapes undone: a few
 * rows sent as statement parameters instead of a COPY stream are encoded once, the same way.
 */
export function copyFields(line: Uint8Array): string[] {
  const text = utf8.decode(line).replace(/\n$/, '');
  return text
    .split('\t')
    .map((field) => field.replace(/\\(.)/g, (_, c: string) => UNESCAPED[c] ?? c));
}

export class CopyTextWriter {
  private slab = new Uint8Array(SLAB);
  private at = 0;
  private start = 0;
  /** JSON string literals (escaped for COPY, UTF-8) of strings that are not plain ASCII. */
  private readonly literals = new Map<string, Uint8Array>();

  /** The most bytes strings of this many UTF-16 units in all can take, however escaped. */
  static bound(units: number): number {
    return BYTES_PER_UNIT * units;
  }

  /** Starts a row that takes at most `maxBytes`. */
  begin(maxBytes: number): void {
    if (this.slab.length - this.at < maxBytes) {
      this.slab = new Uint8Array(Math.max(SLAB, maxBytes));
      this.at = 0;
    }
    this.start = this.at;
  }

  /** The row's bytes: a view of the slab, which nothing writes over. */
  end(): Uint8Array {
    return this.slab.subarray(this.start, this.at);
  }

  byte(c: number): void {
    this.slab[this.at++] = c;
  }

  tab(): void {
    this.slab[this.at++] = TAB;
  }

  /** ASCII the caller knows needs no escaping (punctuation, digits). */
  ascii(s: string): void {
    const slab = this.slab;
    const at = this.at;
    for (let i = 0; i < s.length; i += 1) slab[at + i] = s.charCodeAt(i);
    this.at = at + s.length;
  }

  bytes(b: Uint8Array): void {
    this.slab.set(b, this.at);
    this.at += b.length;
  }

  /** A column's value, escaped for COPY. */
  text(s: string): void {
    if (!this.plain(s, false)) this.encoded(copyText(s));
  }

  /** `s` as a JSON string literal, escaped for COPY. */
  json(s: string): void {
    if (this.plain(s, true)) return;
    let literal = this.literals.get(s);
    if (literal === undefined) {
      if (this.literals.size >= MAX_REMEMBERED) this.literals.clear();
      literal = encoder.encode(copyText(JSON.stringify(s)));
      this.literals.set(s, literal);
    }
    this.bytes(literal);
  }

  /** A number as `String` prints it. */
  number(x: number): void {
    this.ascii(String(x));
  }

  /**
   * `String(Math.round(x * scale) / scale)` for x ≥ 0 and scale a power of ten, from integers:
   * a float's shortest decimal costs far more than an integer's digits. Equal because the
   * double nearest k / scale prints as that decimal, trailing zeros dropped.
   */
  decimal(x: number, scale: number): void {
    const n = Math.round(x * scale);
    // Beyond small integers, or below 1e-6 (printed with an exponent): the plain way.
    if (!(n >= 0 && n <= 0x3fffffff) || (n > 0 && n * 1e6 < scale)) {
      this.number(n / scale);
      return;
    }
    const whole = Math.floor(n / scale);
    let fraction = n - whole * scale;
    this.digits(whole);
    if (fraction === 0) return;
    let width = SCALE_DIGITS.get(scale) ?? Math.round(Math.log10(scale));
    while (fraction % 10 === 0) {
      fraction /= 10;
      width -= 1;
    }
    const slab = this.slab;
    slab[this.at++] = 0x2e;
    for (let i = width - 1; i >= 0; i -= 1) {
      slab[this.at + i] = 0x30 + (fraction % 10);
      fraction = Math.floor(fraction / 10);
    }
    this.at += width;
  }

  private digits(n: number): void {
    if (n < 10) {
      this.slab[this.at++] = 0x30 + n;
      return;
    }
    this.ascii(String(n));
  }

  /**
   * Writes `s` (quoted, for JSON) if every character is printable ASCII that neither JSON nor
   * COPY escapes; otherwise writes nothing and says so.
   */
  private plain(s: string, quoted: boolean): boolean {
    const slab = this.slab;
    let at = this.at;
    if (quoted) slab[at++] = QUOTE;
    for (let i = 0; i < s.length; i += 1) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === BACKSLASH || (quoted && c === QUOTE)) return false;
      slab[at++] = c;
    }
    if (quoted) slab[at++] = QUOTE;
    this.at = at;
    return true;
  }

  private encoded(s: string): void {
    this.at += encoder.encodeInto(s, this.slab.subarray(this.at)).written;
  }
}
