import { sendStatusLabels, sendStatusValues, viewsMethodValues, type ViewsMethod } from '../../../../shared/domain/person';

export const viewsMethodLabels: Record<ViewsMethod, string> = {
  talking: 'Talking',
  writing: 'Writing',
  drawing: 'Drawing',
  'symbols-or-pictures': 'Symbols or pictures',
  signing: 'Signing',
  'through-a-trusted-adult': 'Through an adult they trust',
  other: 'Another way (say how above)',
};

export const sendChoices = sendStatusValues.map((value) => ({ value, label: sendStatusLabels[value] }));
export const viewsChoices = viewsMethodValues.map((value) => ({ value, label: viewsMethodLabels[value] }));
