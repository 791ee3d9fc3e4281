using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace PerfEval.IntegrationTests.Infrastructure;

/// <summary>
/// The client address of each request to the test host: the one named in <see cref="Header"/>, or a fresh one per
/// request, so the public site's rate limit (per address) is reached only by a test that means to reach it.
/// </summary>
public sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    /// <summary>The public site's requests per address and window in the test host.</summary>
    public const int PermitLimit = 5;

    /// <summary>The reverse proxy the test host trusts (ForwardedHeaders:KnownProxies).</summary>
    public const string TrustedProxy = "192.0.2.10";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, following) =>
        {
            http.Connection.RemoteIpAddress = IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var address)
                ? address
                : new IPAddress(Guid.NewGuid().ToByteArray());
            return following(http);
        });
        next(app);
    };
}
