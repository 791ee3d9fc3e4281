import { Button, ConfigProvider, Space, Tag } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import type { Locale } from 'antd/es/locale';
import { Suspense, lazy, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { BellOutlined } from '@ant-design/icons';
import { useUnreadCount } from './api/hooks';
import { homeOf, signOut, useSession, type Role } from './auth/session';
import { badgeText } from './lib/notifications';
import { switchLanguage } from './i18n';
import { theme } from './components/theme';
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
// The 403 and 404 pages' pictures are large and rarely seen: loaded when one is shown.
const Result = lazy(() => import('antd/es/result'));

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
    ...(roles.includes('unit') ? [{ key: '/unit', label: t('nav.myForms') }] : []),
    ...(roles.includes('unit') ? [{ key: '/unit/targets', label: t('nav.targets') }] : []),
    ...(roles.includes('reviewer') ? [{ key: '/reviewer', label: t('nav.inbox') }] : []),
    ...(roles.includes('manager') || roles.includes('reviewer')
      ? [{ key: '/manager', label: t('nav.dashboard') }] : []),
    ...(roles.includes('manager') || roles.includes('reviewer')
      ? [{ key: '/monitoring', label: t('nav.monitoring') }] : []),
    ...(roles.some((r) => r === 'unit' || r === 'reviewer' || r === 'manager')
      ? [{ key: '/rectifications', label: t('nav.rectifications') }] : []),
    ...(roles.includes('manager') ? [{ key: '/manager/budget-advice', label: t('nav.budgetAdvice') }] : []),
    ...(roles.includes('manager') ? [{ key: '/manager/reports', label: t('nav.reports') }] : []),
    ...(roles.includes('manager') ? [{ key: '/manager/cross-checks', label: t('nav.crossChecks') }] : []),
    ...(roles.includes('manager') ? [{ key: '/manager/sampling', label: t('nav.sampling') }] : []),
    ...(session ? [{ key: '/admin/calendar', label: t('nav.calendar') }] : []),
    ...(roles.includes('admin') ? [{ key: '/admin/public-settings', label: t('nav.publicSettings') }] : []),
    ...(roles.includes('admin') ? [{ key: '/admin/directory', label: t('nav.directory') }] : []),
    { key: '/public', label: t('nav.public') },
  ];
  const selected = items.map((i) => i.key).filter((k) => location.pathname.startsWith(k)).sort((a, b) => b.length - a.length)[0];
  // A bar of links (styles.css .app-nav), not a menu widget: the pages are places to go, and the bar costs no script.
  return (
    <div className="app-root">
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <header className="app-header">
        <h1><Link to={session ? homeOf(session.user) : '/signin'}>{t('app.title')}</Link></h1>
        <nav aria-label="main" style={{ flex: 1, minWidth: 0 }}>
          <ul className="app-nav">
            {items.map((i) => (
              <li key={i.key} className={i.key === selected ? 'selected' : undefined}>
                <Link to={i.key} aria-current={i.key === selected ? 'page' : undefined}>{i.label}</Link>
              </li>
            ))}
          </ul>
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
    </div>
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
      <span className="bell">
        <BellOutlined style={{ fontSize: 18, padding: 4 }} />
        {unread > 0 && <sup className="bell-count" title={t('notifications.bellUnread', { count: unread })}>{text}</sup>}
      </span>
    </Link>
  );
}

function Home() {
  const session = useSession();
  return <Navigate to={session ? homeOf(session.user) : '/signin'} replace />;
}

/** The component library's texts (pagers, pickers, empty lists) in the UI's language: English loads when chosen. */
function useComponentLocale(language: string): Locale {
  const [english, setEnglish] = useState<Locale | null>(null);
  useEffect(() => {
    if (language === 'en' && !english) void import('antd/es/locale/en_US').then((m) => setEnglish(m.default));
  }, [language, english]);
  return language === 'en' && english ? english : zhCN;
}

export default function App() {
  const { i18n, t } = useTranslation();
  useEffect(() => { document.documentElement.lang = i18n.language; }, [i18n.language]);
  const session = useSession();
  const locale = useComponentLocale(i18n.language);
  return (
    <ConfigProvider locale={locale} theme={theme} button={{ autoInsertSpace: false }}>
      <Shell>
        <Suspense fallback={<p role="status" className="page-loading">{t('common.loading')}</p>}>
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
    </ConfigProvider>
  );
}
