import { defineCatalogue } from '../catalogue';

/** Settings → Appearance: the theme families and light or dark. */
export const appearanceMessages = defineCatalogue({
  en: {
    appearance: 'Appearance',
    appearanceHint: 'Colours for this device; the status bar follows them.',
    colours: 'Colours',
    lightOrDark: 'Light or dark',
    matchSystem: 'Match system',
    light: 'Light',
    dark: 'Dark',
    familyPaddock: 'Paddock',
    familyHarbour: 'Harbour',
    familyHighContrast: 'High contrast',
    familySepia: 'Sepia',
  },
  'zh-TW': {
    appearance: '外觀',
    appearanceHint: '這台裝置的配色；狀態列會跟著變化。',
    colours: '配色',
    lightOrDark: '淺色或深色',
    matchSystem: '跟隨系統',
    light: '淺色',
    dark: '深色',
    familyPaddock: 'Paddock',
    familyHarbour: '港灣',
    familyHighContrast: '高對比',
    familySepia: '復古棕',
  },
});
