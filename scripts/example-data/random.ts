/**
 * A small seeded pseudo-random generator (sfc32) and the few distributions the example data needs.
 * Only integer arithmetic and + − × ÷ are used, never Math.random, Math.log or Math.sin, so the
 * numbers are the same on every platform and Node version.
 */

/** A 32-bit hash of a text (cyrb53's first half), to give every series its own stream. */
export function hashText(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** A generator for one named part of the data; the same name and seed always give the same numbers. */
  static stream(seed: number, name: string): Random {
    return new Random(hashText(name, seed));
  }

  /** sfc32: the next 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Approximately normal with mean 0 and standard deviation `sd` (Irwin–Hall: twelve uniforms). */
  normal(sd = 1): number {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += this.next();
    return (sum - 6) * sd;
  }

  /** `n` values of AR(1) noise with coefficient 0.6 and standard deviation `sd` (√(1 − 0.6²) = 0.8): smooth, not jumpy. */
  smoothNoise(n: number, sd: number): number[] {
    const out: number[] = [];
    let e = this.normal(sd);
    for (let i = 0; i < n; i++) {
      out.push(e);
      e = 0.6 * e + this.normal(0.8 * sd);
    }
    return out;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }
}
