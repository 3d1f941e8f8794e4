/** Token → dense id, in order of first sight. Integer tokens (bigrams) take the fast path. */
import { Token } from './analyze';
import { IntMap } from './int-map';

export class TokenInterner {
  private readonly numbers = new IntMap(1 << 16);
  private readonly strings = new Map<string, number>();
  readonly tokens: Token[] = [];

  get size(): number {
    return this.tokens.length;
  }

  get(token: Token): number | undefined {
    return typeof token === 'number' ? this.numbers.get(token) : this.strings.get(token);
  }

  /** The token's id, adding it when new. */
  intern(token: Token): number {
    const known = this.get(token);
    if (known !== undefined) return known;
    const id = this.tokens.length;
    if (typeof token === 'number') this.numbers.set(token, id);
    else this.strings.set(token, id);
    this.tokens.push(token);
    return id;
  }
}
