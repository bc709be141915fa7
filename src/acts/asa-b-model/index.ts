/** Placeholder: the pack engineer replaces this with the real pack of `asa-b-model`. */
import type { Pack } from '../pack.js';

export const pack: Pack = {
  id: 'asa-b-model',
  act: { source: '', issuer: { kk: '', ru: '', en: '' }, kind: 'бұйрық', number: '', date: '2018-01-01', title: { kk: 'asa-b-model', ru: 'asa-b-model', en: 'asa-b-model' } },
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
