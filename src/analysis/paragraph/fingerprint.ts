// A 53-bit fingerprint of values, built without allocating: two independent 32-bit string hashes folded into one number.

/**
 * Accumulates strings and numbers into a fingerprint. Used to tell cheaply whether a paragraph's findings
 * changed in any way the document-wide decisions could notice; equal inputs always give equal numbers, and
 * different inputs collide with a chance of about 2⁻⁵³.
 */
export class Fingerprint {
  private a = 0x811c9dc5;
  private b = 0x9e3779b9;

  text(value: string): this {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    // A separator, so that "ab"+"c" and "a"+"bc" differ.
    this.a = Math.imul(a ^ 0xffff, 0x01000193);
    this.b = Math.imul(b ^ 0x1f, 0x5bd1e995);
    return this;
  }

  number(value: number): this {
    const whole = Math.round(value * 1024) | 0;
    this.a = Math.imul(this.a ^ whole, 0x01000193);
    this.b = Math.imul((this.b ^ whole) + 0x6b, 0x5bd1e995);
    this.b ^= this.b >>> 13;
    return this;
  }

  flag(value: boolean): this {
    return this.number(value ? 1 : 0);
  }

  /** The fingerprint so far, as one exactly representable integer. */
  value(): number {
    return (this.a >>> 0) * 0x200000 + ((this.b >>> 0) & 0x1fffff);
  }
}
