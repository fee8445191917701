import { describe, expect, it } from 'vitest';
import { NO_MEETING } from '../../src/state/meeting-params';
import {
  DEFAULT_URL_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../src/state/url-state';

const meeting = (search: string): UrlState['meeting'] => parseUrlState(search).meeting;

describe('the meeting screen in the link', () => {
  it('reads the slide, the chosen slides in order and the view to go back to', () => {
    const state = parseUrlState(
      '?vy=mote&region=17&bild=3&retur=indikator&bilder=niva:utfall&bilder=indikator:nyforetagande',
    );
    expect(state.view).toBe('mote');
    expect(state.region).toBe('17');
    expect(state.meeting).toEqual({
      slide: 3,
      deck: ['niva:utfall', 'indikator:nyforetagande'],
      returnView: 'indikator',
    });
  });

  it('round-trips: a copied link opens the same slide of the same deck', () => {
    const states: UrlState[] = [
      {
        ...DEFAULT_URL_STATE,
        view: 'mote',
        region: '20',
        meeting: { slide: 7, deck: undefined, returnView: 'lan' },
      },
      {
        ...DEFAULT_URL_STATE,
        view: 'mote',
        meeting: { slide: 1, deck: ['finans:uppvaxling', 'indikator:a,b'], returnView: 'jamfor' },
      },
      { ...DEFAULT_URL_STATE, view: 'mote', meeting: { slide: undefined, deck: [], returnView: undefined } },
    ];
    for (const state of states) expect(parseUrlState(serializeUrlState(state))).toEqual(state);
    expect(serializeUrlState(states[0] ?? DEFAULT_URL_STATE)).toBe('?vy=mote&region=20&bild=7&retur=lan');
  });

  it('an empty choice of slides stays empty (bilder= alone); no bilder is the default deck', () => {
    expect(meeting('?vy=mote&bilder=').deck).toEqual([]);
    expect(meeting('?vy=mote').deck).toBeUndefined();
  });

  it('ignores a slide that is no positive number, an unknown or the meeting view to go back to, and unknown slide kinds', () => {
    for (const bild of ['0', '-1', 'tre', '1.5', '99999', ''])
      expect(meeting(`?vy=mote&bild=${bild}`).slide).toBeUndefined();
    expect(meeting('?vy=mote&retur=mote').returnView).toBeUndefined();
    expect(meeting('?vy=mote&retur=okand').returnView).toBeUndefined();
    expect(meeting('?vy=mote&bilder=karta:x&bilder=niva:utfall&bilder=niva:utfall').deck).toEqual([
      'niva:utfall',
    ]);
  });

  it('belongs to the meeting screen only: another view neither reads nor writes it', () => {
    expect(meeting('?vy=lan&bild=3&retur=jamfor&bilder=niva:utfall')).toEqual(NO_MEETING);
    const lan = { ...DEFAULT_URL_STATE, meeting: { slide: 3, deck: ['niva:utfall'], returnView: 'jamfor' } };
    expect(serializeUrlState(lan)).toBe('?vy=lan');
  });
});
