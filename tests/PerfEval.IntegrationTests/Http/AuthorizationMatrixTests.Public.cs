using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Http;

/// <summary>
/// The anonymous section of the matrix: the public site (绩效公开). Every route under /public/api is anonymous on
/// purpose, read-only, and answers the same to everyone, signed in or not; a published form is there, an unpublished
/// one is hidden (404) from every caller.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The form a public row's request is about: a published one, or one approved and not yet published.</summary>
    public enum PublicSetup { None, Published, Unpublished }

    public sealed record PublicRow(string Method, string Route, PublicSetup Setup, Func<Guid, string> Path, Expect Expected);

    public static readonly PublicRow[] PublicSite =
    [
        new("GET", "/public/api/forms", PublicSetup.None, _ => "/public/api/forms?year=2024", Expect.Allowed),
        new("GET", "/public/api/forms/{id:guid}", PublicSetup.Published, id => $"/public/api/forms/{id}", Expect.Allowed),
        new("GET", "/public/api/forms/{id:guid}", PublicSetup.Unpublished, id => $"/public/api/forms/{id}", Expect.Hidden),
        new("GET", "/public/api/open-data/{year:int}.csv", PublicSetup.None, _ => "/public/api/open-data/2024.csv", Expect.Allowed),
        new("GET", "/public/api/open-data/{year:int}.json", PublicSetup.None, _ => "/public/api/open-data/2024.json", Expect.Allowed),
    ];

    public static IEnumerable<object[]> PublicCells() =>
        from index in Enumerable.Range(0, PublicSite.Length)
        from who in Enum.GetValues<Who>()
        select new object[] { index, who };

    [Fact]
    public void Every_public_route_is_anonymous_on_purpose_and_read_only()
    {
        var endpoints = platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => Normalize(e.RoutePattern.RawText).StartsWith("/public/", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(
            PublicSite.Select(r => $"{r.Method} {r.Route}").Distinct().Order(),
            endpoints.SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {Normalize(e.RoutePattern.RawText)}")).Order());
        Assert.All(endpoints, e =>
        {
            Assert.NotNull(e.Metadata.GetMetadata<IAllowAnonymous>());
            Assert.Equal(["GET"], e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods);
        });
    }

    [Theory]
    [MemberData(nameof(PublicCells))]
    public async Task Public_caller_gets_what_the_public_section_says(int index, Who who)
    {
        var row = PublicSite[index];
        var org = TestOrg.New();
        var id = row.Setup == PublicSetup.None ? Guid.Empty : await PreparePublic(row.Setup, org);
        var client = await ClientFor(who, org);

        var response = await client.GetAsync(row.Path(id));

        var actual = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => Expect.Unauthenticated,
            HttpStatusCode.Forbidden => Expect.Forbidden,
            HttpStatusCode.NotFound => Expect.Hidden,
            _ when (int)response.StatusCode < 500 => Expect.Allowed,
            _ => throw new Xunit.Sdk.XunitException($"{row.Route} as {who}: {(int)response.StatusCode}"),
        };
        Assert.True(row.Expected == actual,
            $"{row.Method} {row.Path(id)} as {who}: expected {row.Expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<Guid> PreparePublic(PublicSetup setup, TestOrg org)
    {
        var flow = new FormFlow(platform);
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(ReviewerOf(org));
        var (draft, _) = await Forms.CreateDraft(unit);
        await flow.Submit(unit, draft.Id);
        await flow.Claim(reviewer, draft.Id);
        Assert.Equal(HttpStatusCode.OK, (await flow.Act(reviewer, draft.Id, "review/approve")).StatusCode);
        if (setup == PublicSetup.Published)
        {
            var manager = await platform.ClientFor(TestUser.Manager());
            Assert.Equal(HttpStatusCode.OK, (await flow.Act(manager, draft.Id, "publish")).StatusCode);
        }

        return draft.Id;
    }
}
