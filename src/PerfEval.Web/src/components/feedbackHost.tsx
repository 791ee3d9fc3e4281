import { ConfigProvider, Modal, message } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import i18n from '../i18n';
import { theme } from './theme';

// Messages and confirmations are drawn outside the page's tree: this gives them the page's theme and language.
ConfigProvider.config({
  holderRender: (children) => (
    <ConfigProvider theme={theme} locale={i18n.language === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }}>{children}</ConfigProvider>
  ),
});

export { Modal, message };
