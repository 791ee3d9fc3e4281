import { Alert, Button, Card, Col, Result, Row, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { get, send } from '../api/client';
import { demoUsers, type DemoUser } from '../auth/demoUsers';
import { homeOf, managerFor, signIn, useSession, type OidcSettings } from '../auth/session';
import ProblemAlert from '../components/ProblemAlert';
import { tones } from '../components/tones';

interface SignInOptions { devTokens: boolean; authority: string | null; clientId: string | null; audience: string; scope?: string }

/** The OpenID Connect settings of the sign-in options, when an authority is configured. */
const oidcOf = (o: SignInOptions): OidcSettings | null => (o.authority && o.clientId
  ? { authority: o.authority, clientId: o.clientId, audience: o.audience, scope: o.scope ?? 'openid profile offline_access' }
  : null);

/** The code exchange of this page's address, once (React may run an effect twice). */
let exchange: { url: string; done: Promise<void> } | null = null;
function completeSignIn(settings: OidcSettings): Promise<void> {
  const url = window.location.href;
  if (exchange?.url !== url) {
    exchange = {
      url,
      done: managerFor(settings).then((m) => m.signinRedirectCallback(url))
        .then((user) => signIn(user.access_token, 'oidc', settings, user.expires_in)),
    };
  }
  return exchange.done;
}

const useSignInOptions = () => useQuery({ queryKey: ['auth-options'], queryFn: () => get<SignInOptions>('/api/auth/options') });

export default function SignInPage() {
  const { t } = useTranslation();
  const options = useSignInOptions();
  const [error, setError] = useState<unknown>(null);

  async function asDemo(user: DemoUser) {
    setError(null);
    try {
      const { body } = await send<{ accessToken: string }>('/api/auth/dev-token', {
        method: 'POST',
        json: { userId: user.userId, name: user.name, roles: user.roles, unitId: user.unitId, departmentIds: user.departmentIds },
      });
      // The signed-in session re-renders /signin as the user's home.
      signIn(body.accessToken, 'dev');
    } catch (e) {
      setError(e);
    }
  }

  if (options.isLoading) return <Spin />;
  if (options.error) return <ProblemAlert error={options.error} />;
  const o = options.data!;
  const oidc = oidcOf(o);
  return (
    <div style={{ maxWidth: 1100, margin: '0 auto' }}>
      <Typography.Title level={2}>{t('signIn.title')}</Typography.Title>
      {oidc && (
        <Card style={{ marginBottom: 16 }}>
          <Button type="primary" size="large" onClick={() => void managerFor(oidc).then((m) => m.signinRedirect())} data-testid="oidc-sign-in">{t('signIn.oidc')}</Button>
        </Card>
      )}
      {!oidc && !o.devTokens && <Alert type="warning" showIcon title={t('signIn.oidcMissing')} />}
      {o.devTokens && (
        <section aria-labelledby="demo-title">
          <Typography.Title level={3} id="demo-title">{t('signIn.devTitle')} <Tag variant="solid" color={tones.attention}>DEV</Tag></Typography.Title>
          <Alert type="warning" showIcon title={t('signIn.devNote')} style={{ marginBottom: 16 }} />
          <ProblemAlert error={error} />
          <Row gutter={[16, 16]}>
            {demoUsers.map((u) => (
              <Col key={u.key} xs={24} md={12} lg={8}>
                <Card title={u.name} extra={u.roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>)}>
                  <p style={{ minHeight: 44 }}>
                    {u.unitId && <>{t('common.unit')}：{u.unitName ?? u.unitId}<br /></>}
                    {u.departmentIds && <>{t('common.department')}：{(u.departmentNames ?? u.departmentIds).join('、')}</>}
                  </p>
                  <Button type="primary" block onClick={() => void asDemo(u)} data-testid={`demo-${u.key}`}>
                    {t('signIn.as')}：{u.name}
                  </Button>
                </Card>
              </Col>
            ))}
          </Row>
        </section>
      )}
    </div>
  );
}

/** The OpenID Connect authority sends the browser back here with a code; the library trades it for tokens. */
export function SignInCallback() {
  const { t } = useTranslation();
  const options = useSignInOptions();
  const session = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const settings = options.data ? oidcOf(options.data) : null;
    if (!settings) return;
    completeSignIn(settings).catch((e: unknown) => setError(String(e)));
  }, [options.data]);
  useEffect(() => { if (session) void navigate(homeOf(session.user), { replace: true }); }, [session, navigate]);
  if (error) return <Result status="error" title={t('signIn.failed')} subTitle={error} />;
  return <Spin description={t('signIn.callback')}><div style={{ height: 120 }} /></Spin>;
}
