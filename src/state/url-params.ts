/**
 * A query string as pure data: its name–value pairs in order (a name may repeat, as `data` does).
 * Migrations and the parser read this, never a mutable URLSearchParams.
 */
export type UrlParams = readonly (readonly [name: string, value: string])[];

export function readUrlParams(search: string): UrlParams {
  return [...new URLSearchParams(search)];
}

/** The first value of a parameter, as URLSearchParams.get gives it. */
export function firstParam(params: UrlParams, name: string): string | undefined {
  return params.find(([n]) => n === name)?.[1];
}

/** Every value of a parameter, in order, as URLSearchParams.getAll gives them. */
export function allParams(params: UrlParams, name: string): string[] {
  return params.filter(([n]) => n === name).map(([, value]) => value);
}

export function hasParam(params: UrlParams, name: string): boolean {
  return params.some(([n]) => n === name);
}

/** Any id from data may be selected; control characters and overlong values are not ids. */
export function isIndicatorId(value: string): boolean {
  return value.length > 0 && value.length <= 200 && [...value].every((ch) => ch >= ' ' && ch !== '\u007f');
}
