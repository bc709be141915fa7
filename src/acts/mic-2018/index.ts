/** Placeholder: the pack engineer replaces this with the real pack of `mic-2018`. */
import type { Pack } from '../pack.js';

export const pack: Pack = {
  id: 'mic-2018',
  act: { source: '', issuer: { kk: '', ru: '', en: '' }, kind: 'бұйрық', number: '', date: '2018-01-01', title: { kk: 'mic-2018', ru: 'mic-2018', en: 'mic-2018' } },
  scope: { kk: 'әзірленуде', ru: 'в разработке', en: 'being written' },
  validity: { from: '2018-01-01' },
  wordings: [{ from: '2018-01-01', date: '2018-01-01', label: { kk: '', ru: '', en: '' } }],
  pending: [],
  appendices: [],
  forms: {},
  events: [],
  absenceKinds: [],
  rules: [],
  unchecked: [],
};
