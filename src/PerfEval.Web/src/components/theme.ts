import type { ThemeConfig } from 'antd';

/** The UI's colours: the bureau's red, and greys dark enough for WCAG AA (antd's default greys are lighter than 4.5:1). */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b71c1c', colorLink: '#0958d9', colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)', colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)', colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
  },
};
