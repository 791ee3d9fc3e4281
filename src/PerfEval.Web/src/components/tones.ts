/**
 * Tag colours dark enough for white text at WCAG AA contrast (4.5:1); antd's light preset tags fall short of it.
 * Use with <Tag variant="solid" color={tones.x}>.
 */
export const tones = {
  info: '#0958d9',
  progress: '#1d39c4',
  warning: '#874d00',
  attention: '#ad4e00',
  success: '#237804',
  danger: '#a8071a',
  published: '#531dab',
} as const;
