using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PerfEval.Api.Http;

/// <summary>
/// Behind a reverse proxy (the compose gateway, a Kubernetes ingress) every request arrives from the proxy's address.
/// The forwarded-headers middleware takes the client's address from <c>X-Forwarded-For</c> and the scheme from
/// <c>X-Forwarded-Proto</c>, but only on requests coming from a proxy it trusts: loopback always, and the addresses
/// and networks of section <c>ForwardedHeaders</c> (<c>KnownProxies</c>: addresses; <c>KnownNetworks</c>: CIDR
/// ranges). From any other address the headers are ignored, so a client cannot choose its own address (the public
/// site's rate limit is per client address).
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static void AddForwardedHeaders(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        var proxies = Values(section, "KnownProxies", "an IP address such as 10.0.0.5",
            text => (IPAddress.TryParse(text, out var address), address!));
        var networks = Values(section, "KnownNetworks", "a CIDR range such as 10.0.0.0/8",
            text => (System.Net.IPNetwork.TryParse(text, out var network), network));
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
    }

    private static List<T> Values<T>(
        IConfigurationSection section, string name, string expected, Func<string, (bool Parsed, T Value)> parse) =>
        section.GetSection(name).GetChildren()
            .Select(entry => parse(entry.Value?.Trim() ?? "") is (true, var value)
                ? value
                : throw new InvalidOperationException($"{Section}:{name}:{entry.Key} is '{entry.Value}'; expected {expected}."))
            .ToList();
}
