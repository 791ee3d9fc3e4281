import { App as AntApp, Badge, Button, ConfigProvider, Layout, Menu, Result, Space, Spin, Tag } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import { Suspense, lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { BellOutlined } from '@ant-design/icons';
import { useUnreadCount } from './api/hooks';
import { homeOf, signOut, useSession, type Role } from './auth/session';
import { badgeText } from './lib/notifications';
import { switchLanguage } from './i18n';
import { tones } from './components/tones';
import './lib/directoryText';

// Each page loads on first visit (sign-in too, with its OpenID Connect library), so a role's first page downloads
// only what it draws and a unit never downloads the charting library (npm run size prints the figures).
const SignInPage = lazy(() => import('./pages/SignInPage'));
const SignInCallback = lazy(() => import('./pages/SignInPage').then((m) => ({ default: m.SignInCallback })));
const MyFormsPage = lazy(() => import('./pages/unit/MyFormsPage'));
const FormPage = lazy(() => import('./pages/FormPage'));
const FormEditorPage = lazy(() => import('./pages/unit/FormEditorPage'));
const InboxPage = lazy(() => import('./pages/reviewer/InboxPage'));
const ReviewPage = lazy(() => import('./pages/reviewer/ReviewPage'));
const DashboardPage = lazy(() => import('./pages/manager/DashboardPage'));
const DepartmentPage = lazy(() => import('./pages/manager/DepartmentPage'));
const TimelinePage = lazy(() => import('./pages/TimelinePage'));
const CrossChecksPage = lazy(() => import('./pages/manager/CrossChecksPage'));
const ReportsPage = lazy(() => import('./pages/manager/ReportsPage'));
const CalendarPage = lazy(() => import('./pages/admin/CalendarPage'));
const TargetsPage = lazy(() => import('./pages/unit/TargetsPage'));
const TargetEditorPage = lazy(() => import('./pages/unit/TargetEditorPage'));
const TargetPage = lazy(() => import('./pages/TargetPage'));
const TargetReviewPage = lazy(() => import('./pages/reviewer/TargetReviewPage'));
const MonitoringPage = lazy(() => import('./pages/manager/MonitoringPage'));
const SamplingPage = lazy(() => import('./pages/manager/SamplingPage'));
const PublicListPage = lazy(() => import('./pages/public/PublicListPage'));
const PublicFormPage = lazy(() => import('./pages/public/PublicFormPage'));
const PublicSettingsPage = lazy(() => import('./pages/admin/PublicSettingsPage'));
const DirectoryPage = lazy(() => import('./pages/admin/DirectoryPage'));
const RectificationsPage = lazy(() => import('./pages/rectification/RectificationsPage'));
const RectificationPage = lazy(() => import('./pages/rectification/RectificationPage'));
const BudgetAdvicePage = lazy(() => import('./pages/manager/BudgetAdvicePage'));
const NotificationsPage = lazy(() => import('./pages/notifications/NotificationsPage'));

function RequireRole({ roles, children }: { roles: Role[]; children: React.ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (!session) return <Navigate to="/signin" replace state={{ from: location.pathname }} />;
  if (!roles.some((r) => session.user.roles.includes(r))) return <Result status="403" title={t('errors.forbidden')} />;
  return <>{children}</>;
}

function Shell({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const roles = session?.user.roles ?? [];
  const items = [
    ...(roles.includes('unit') ? [{ key: '/unit', label: <Link to="/unit">{t('nav.myForms')}</Link> }] : []),
    ...(roles.includes('unit') ? [{ key: '/unit/targets', label: <Link to="/unit/targets">{t('nav.targets')}</Link> }] : []),
    ...(roles.includes('reviewer') ? [{ key: '/reviewer', label: <Link to="/reviewer">{t('nav.inbox')}</Link> }] : []),
    ...(roles.includes('manager') || roles.includes('reviewer')
      ? [{ key: '/manager', label: <Link to="/manager">{t('nav.dashboard')}</Link> }] : []),
    ...(roles.includes('manager') || roles.includes('reviewer')
      ? [{ key: '/monitoring', label: <Link to="/monitoring">{t('nav.monitoring')}</Link> }] : []),
    ...(roles.some((r) => r === 'unit' || r === 'reviewer' || r === 'manager')
      ? [{ key: '/rectifications', label: <Link to="/rectifications">{t('nav.rectifications')}</Link> }] : []),
    ...(roles.includes('manager') ? [{ key: '/manager/budget-advice', label: <Link to="/manager/budget-advice">{t('nav.budgetAdvice')}</Link> }] : []),
    ...(roles.includes('manager') ? [{ key: '/manager/reports', label: <Link to="/manager/reports">{t('nav.reports')}</Link> }] : []),
    ...(roles.includes('manager') ? [{ key: '/manager/cross-checks', label: <Link to="/manager/cross-checks">{t('nav.crossChecks')}</Link> }] : []),
    ...(roles.includes('manager') ? [{ key: '/manager/sampling', label: <Link to="/manager/sampling">{t('nav.sampling')}</Link> }] : []),
    ...(session ? [{ key: '/admin/calendar', label: <Link to="/admin/calendar">{t('nav.calendar')}</Link> }] : []),
    ...(roles.includes('admin') ? [{ key: '/admin/public-settings', label: <Link to="/admin/public-settings">{t('nav.publicSettings')}</Link> }] : []),
    ...(roles.includes('admin') ? [{ key: '/admin/directory', label: <Link to="/admin/directory">{t('nav.directory')}</Link> }] : []),
    { key: '/public', label: <Link to="/public">{t('nav.public')}</Link> },
  ];
  const selected = items.map((i) => i.key).filter((k) => location.pathname.startsWith(k)).sort((a, b) => b.length - a.length)[0];
  return (
    <Layout style={{ minHeight: '100%' }}>
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <header className="app-header">
        <h1><Link to={session ? homeOf(session.user) : '/signin'}>{t('app.title')}</Link></h1>
        <nav aria-label="main" style={{ flex: 1, minWidth: 0 }}>
          {items.length > 0 && <Menu mode="horizontal" disabledOverflow selectedKeys={selected ? [selected] : []} items={items} style={{ borderBottom: 'none', flexWrap: 'wrap' }} />}
        </nav>
        <Space>
          {session && <NotificationBell />}
          {session && (
            <span data-testid="signed-in-user">
              {session.user.name} {session.user.roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>)}
              {session.user.via === 'dev' && <Tag variant="solid" color={tones.attention}>DEV</Tag>}
            </span>
          )}
          <Button onClick={switchLanguage} lang={t('app.language') === 'English' ? 'en' : 'zh-CN'}>{t('app.language')}</Button>
          {session && <Button onClick={() => void signOut()}>{t('app.signOut')}</Button>}
        </Space>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>{children}</main>
    </Layout>
  );
}

/** The header's link to the notifications page, with the unread count (polled every 30 s). */
function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount(true).data ?? 0;
  const text = badgeText(unread);
  return (
    <Link to="/notifications" data-testid="notification-bell" data-unread={unread}
      aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.title')}>
      <Badge count={text} size="small" title={t('notifications.bellUnread', { count: unread })}>
        <BellOutlined style={{ fontSize: 18, padding: 4 }} />
      </Badge>
    </Link>
  );
}

function Home() {
  const session = useSession();
  return <Navigate to={session ? homeOf(session.user) : '/signin'} replace />;
}

export default function App() {
  const { i18n } = useTranslation();
  useEffect(() => { document.documentElement.lang = i18n.language; }, [i18n.language]);
  const session = useSession();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: {
      colorPrimary: '#b71c1c', colorLink: '#0958d9', colorError: '#cf1322',
      // antd's grey texts are lighter than WCAG AA allows on white; these keep 4.5:1.
      colorTextSecondary: 'rgba(0, 0, 0, 0.65)', colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
      colorTextDescription: 'rgba(0, 0, 0, 0.62)', colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    } }} button={{ autoInsertSpace: false }}>
      <AntApp>
        <Shell>
          <Suspense fallback={<Spin />}>
          <Routes>
            <Route path="/" element={<Home />} />
            <Route path="/signin" element={session ? <Home /> : <SignInPage />} />
            <Route path="/signin-callback" element={<SignInCallback />} />
            <Route path="/unit" element={<RequireRole roles={['unit']}><MyFormsPage /></RequireRole>} />
            <Route path="/unit/forms/new" element={<RequireRole roles={['unit']}><FormEditorPage /></RequireRole>} />
            <Route path="/unit/forms/:id/edit" element={<RequireRole roles={['unit']}><FormEditorPage /></RequireRole>} />
            <Route path="/forms/:id" element={<RequireRole roles={['unit', 'reviewer', 'manager', 'admin']}><FormPage /></RequireRole>} />
            <Route path="/forms/:id/timeline" element={<RequireRole roles={['unit', 'reviewer', 'manager', 'admin']}><TimelinePage document="form" /></RequireRole>} />
            <Route path="/reviewer" element={<RequireRole roles={['reviewer']}><InboxPage /></RequireRole>} />
            <Route path="/reviewer/review/:id" element={<RequireRole roles={['reviewer']}><ReviewPage /></RequireRole>} />
            <Route path="/manager" element={<RequireRole roles={['manager', 'reviewer']}><DashboardPage /></RequireRole>} />
            <Route path="/manager/departments/:departmentId" element={<RequireRole roles={['manager', 'reviewer']}><DepartmentPage /></RequireRole>} />
            <Route path="/manager/reports" element={<RequireRole roles={['manager']}><ReportsPage /></RequireRole>} />
            <Route path="/manager/cross-checks" element={<RequireRole roles={['manager']}><CrossChecksPage /></RequireRole>} />
            <Route path="/manager/sampling" element={<RequireRole roles={['manager']}><SamplingPage /></RequireRole>} />
            <Route path="/unit/targets" element={<RequireRole roles={['unit']}><TargetsPage /></RequireRole>} />
            <Route path="/unit/targets/new" element={<RequireRole roles={['unit']}><TargetEditorPage /></RequireRole>} />
            <Route path="/unit/targets/:id/edit" element={<RequireRole roles={['unit']}><TargetEditorPage /></RequireRole>} />
            <Route path="/targets/:id" element={<RequireRole roles={['unit', 'reviewer', 'manager', 'admin']}><TargetPage /></RequireRole>} />
            <Route path="/targets/:id/history" element={<RequireRole roles={['unit', 'reviewer', 'manager', 'admin']}><TimelinePage document="targets" /></RequireRole>} />
            <Route path="/reviewer/targets/:id" element={<RequireRole roles={['reviewer']}><TargetReviewPage /></RequireRole>} />
            <Route path="/rectifications" element={<RequireRole roles={['unit', 'reviewer', 'manager']}><RectificationsPage /></RequireRole>} />
            <Route path="/rectifications/:id" element={<RequireRole roles={['unit', 'reviewer', 'manager']}><RectificationPage /></RequireRole>} />
            <Route path="/manager/budget-advice" element={<RequireRole roles={['manager']}><BudgetAdvicePage /></RequireRole>} />
            <Route path="/monitoring" element={<RequireRole roles={['manager', 'reviewer']}><MonitoringPage /></RequireRole>} />
            <Route path="/admin/calendar" element={<RequireRole roles={['unit', 'reviewer', 'manager', 'admin']}><CalendarPage /></RequireRole>} />
            <Route path="/notifications" element={<RequireRole roles={['unit', 'reviewer', 'manager', 'admin']}><NotificationsPage /></RequireRole>} />
            <Route path="/admin/public-settings" element={<RequireRole roles={['admin']}><PublicSettingsPage /></RequireRole>} />
            <Route path="/admin/directory" element={<RequireRole roles={['admin']}><DirectoryPage /></RequireRole>} />
            {/* The public site (绩效公开): no sign-in, only the anonymous /public/api. */}
            <Route path="/public" element={<PublicListPage />} />
            <Route path="/public/forms/:id" element={<PublicFormPage />} />
            <Route path="*" element={<Result status="404" title="404" />} />
          </Routes>
          </Suspense>
        </Shell>
      </AntApp>
    </ConfigProvider>
  );
}
