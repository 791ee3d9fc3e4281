import { Badge, Button, Space, Switch, Table, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { send } from '../../api/client';
import { useNotifications } from '../../api/hooks';
import { useSession } from '../../auth/session';
import ProblemAlert from '../../components/ProblemAlert';
import { dateTime } from '../../lib/format';
import { linkOf, type NotificationView } from '../../lib/notifications';

/** The signed-in user's notifications, newest first: when, what, a link to the form or task, mark as read. */
export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const list = useNotifications({ unread: unreadOnly || undefined, page });
  const [error, setError] = useState<unknown>(null);
  const en = i18n.language === 'en';
  const roles = session?.user.roles ?? [];

  async function markRead(ids: string[]) {
    setError(null);
    try {
      for (const id of ids) await send(`/api/notifications/${id}/read`, { method: 'POST' });
    } catch (e) {
      setError(e);
    }
    await queryClient.invalidateQueries({ queryKey: ['notifications'] });
  }

  const unreadShown = (list.data?.items ?? []).filter((n) => !n.read).map((n) => n.id);
  return (
    <>
      <Typography.Title level={2}>{t('notifications.title')}</Typography.Title>
      <Space style={{ marginBottom: 12 }} wrap>
        <label>
          <Switch checked={unreadOnly} onChange={(v) => { setUnreadOnly(v); setPage(1); }} aria-label={t('notifications.unreadOnly')} />{' '}
          {t('notifications.unreadOnly')}
        </label>
        <Button disabled={unreadShown.length === 0} onClick={() => void markRead(unreadShown)} data-testid="notifications-read-all">
          {t('notifications.readAll')}
        </Button>
      </Space>
      {(error != null || list.error != null) && <ProblemAlert error={error ?? list.error} />}
      <Table<NotificationView> rowKey="id" loading={list.isLoading} dataSource={list.data?.items ?? []} data-testid="notifications"
        locale={{ emptyText: unreadOnly ? t('notifications.noneUnread') : t('notifications.none') }}
        rowClassName={(n) => (n.read ? '' : 'unread-row')}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('notifications.at'), dataIndex: 'createdAt', width: 170, render: (v: string) => dateTime(v, i18n.language) },
          {
            title: t('notifications.what'),
            render: (_: unknown, n) => {
              const link = linkOf(n, roles);
              const title = en ? n.titleEn : n.title;
              return (
                <div data-testid="notification" data-read={n.read}>
                  {!n.read && <Badge status="processing" text={<span className="visually-hidden">{t('notifications.unread')}</span>} />}{' '}
                  {link
                    ? <Link to={link} onClick={() => { if (!n.read) void markRead([n.id]); }} data-testid="notification-link"><strong>{title}</strong></Link>
                    : <strong>{title}</strong>}
                  <div>{en ? n.bodyEn : n.body}</div>
                </div>
              );
            },
          },
          {
            title: t('notifications.state'), width: 140,
            render: (_: unknown, n) => (n.read
              ? <Typography.Text type="secondary">{t('notifications.read')}</Typography.Text>
              : <Button size="small" onClick={() => void markRead([n.id])} data-testid="notification-mark-read">{t('notifications.markRead')}</Button>),
          },
        ]} />
    </>
  );
}
