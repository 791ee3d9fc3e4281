import type { ModalFuncProps } from 'antd';
import type { ReactNode } from 'react';

/**
 * Success messages and confirmations, loaded on first use: no first page shows one before the user acts, so their
 * code (the component library's message, modal and dialog, about 18 KB gzipped) stays out of the first download.
 * They draw with the UI's theme and language (feedbackHost).
 */
const host = () => import('./feedbackHost');

export const message = {
  success: (content: ReactNode) => host().then((h) => { void h.message.success(content); }),
};

export const modal = {
  /** Asks; true when the user confirmed (after `onOk`, which may still be running), false when they cancelled. */
  confirm: (props: ModalFuncProps) => host().then((h) => new Promise<boolean>((resolve) => {
    const { onOk, onCancel } = props;
    h.Modal.confirm({
      ...props,
      onOk: () => { resolve(true); return onOk?.() as unknown; },
      onCancel: () => { resolve(false); return onCancel?.() as unknown; },
    });
  })),
};
