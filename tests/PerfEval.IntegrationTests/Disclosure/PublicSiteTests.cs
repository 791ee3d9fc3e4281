using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.IntegrationTests.Evidence;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Disclosure;

/// <summary>
/// The public site (绩效公开), probed anonymously: only published forms exist there, in the official layout without the
/// withheld fields; no evidence, comment, adjustment or re-check remark, revision reason or reviewer is reachable.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PublicSiteTests(PlatformFixture platform)
{
    private const string Comment = "审核意见：台账不全（内部）";
    private const string AdjustmentReason = "调整理由：抽查凭证缺失（内部）";
    private const string RecheckRemark = "复核备注：无发放记录（内部）";
    private const string RevisionReason = "退回理由：补充偏差原因（内部）";
    private const string EvidenceName = "内部凭证勿公开.pdf";
    private const string ReviewerName = "审核人甲（内部）";

    private readonly FormFlow _flow = new(platform);

    private sealed record Published(
        Guid Id, TestOrg Org, int Year, Guid EvidenceId, string ReviewerId, string ProjectName, decimal FinalTotal, string FinalGrade);

    [Fact]
    public async Task A_published_form_is_listed_and_shown_in_the_official_layout_without_anything_of_its_review()
    {
        var form = await PublishLoadedForm();
        var anonymous = platform.AnonymousClient();

        var list = await anonymous.GetAsync($"/public/api/forms?year={form.Year}&departmentId={form.Org.DepartmentId}");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var listed = JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement;
        var item = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(form.Id, item.GetProperty("id").GetGuid());
        Assert.Equal(form.ProjectName, item.GetProperty("projectName").GetString());
        Assert.Equal("Project", item.GetProperty("kind").GetString());
        Assert.Equal(form.FinalGrade, item.GetProperty("finalGrade").GetString());
        Assert.Equal(form.FinalTotal, item.GetProperty("finalTotal").GetDecimal());
        Assert.Contains(listed.GetProperty("departments").EnumerateArray(), d => d.GetProperty("id").GetString() == form.Org.DepartmentId);
        var otherGrade = form.FinalGrade == "优" ? "良" : "优";
        Assert.Empty(await Items($"/public/api/forms?year={form.Year}&departmentId={form.Org.DepartmentId}&grade={otherGrade}"));
        Assert.Single(await Items($"/public/api/forms?year={form.Year}&departmentId={form.Org.DepartmentId}&grade={form.FinalGrade}"));
        Assert.Empty(await Items($"/public/api/forms?year={form.Year}&departmentId=dept-elsewhere"));

        var page = await anonymous.GetAsync($"/public/api/forms/{form.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var shown = JsonDocument.Parse(await page.Content.ReadAsStringAsync()).RootElement;
        var sample = Forms.Sample();
        Assert.Equal("Project", shown.GetProperty("kind").GetString());
        Assert.Equal(sample.Header.CompetentDepartment, shown.GetProperty("competentDepartment").GetString());
        Assert.Equal(sample.Header.ImplementingUnit, shown.GetProperty("implementingUnit").GetString());
        Assert.Equal(sample.Funds.Total.FullYearBudget, shown.GetProperty("funds").GetProperty("total").GetProperty("fullYearBudget").GetDecimal());
        var indicators = shown.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(sample.Indicators.Count, indicators.Count);
        Assert.Equal(sample.Indicators[0].Name, indicators[0].GetProperty("name").GetString());
        Assert.Equal(sample.Indicators[0].Target, indicators[0].GetProperty("target").GetString());
        Assert.Equal(sample.Indicators[0].ClaimedScore, indicators[0].GetProperty("score").GetDecimal());
        Assert.Equal(form.FinalGrade, shown.GetProperty("finalGrade").GetString());

        await AssertNothingOfTheReview(form);
    }

    [Fact]
    public async Task A_published_department_wide_form_says_its_kind_in_the_list_and_on_its_page_and_withheld_fields_stay_withheld()
    {
        var org = TestOrg.New();
        var year = Lifecycle.OwnYear();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var manager = await platform.ClientFor(TestUser.Manager());
        var admin = await platform.ClientFor(TestUser.Admin());
        var form = PerfEval.TestFiles.DepartmentWideSample.Form(year);
        var (draft, _) = await Forms.CreateDraft(unit, form);
        await _flow.Submit(unit, draft.Id);
        await _flow.Claim(reviewer, draft.Id);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, draft.Id, "review/approve")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(manager, draft.Id, "publish")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/public-settings", new { hiddenFields = new[] { "fullYearBudget" } })).StatusCode);
        try
        {
            var item = Assert.Single(await Items($"/public/api/forms?year={year}&departmentId={org.DepartmentId}"));
            Assert.Equal(draft.Id, item.GetProperty("id").GetGuid());
            Assert.Equal("DepartmentWide", item.GetProperty("kind").GetString());
            Assert.Equal(form.Header.ProjectName, item.GetProperty("projectName").GetString());
            Assert.False(item.TryGetProperty("fullYearBudget", out _));

            var shown = JsonDocument.Parse(await platform.AnonymousClient().GetStringAsync($"/public/api/forms/{draft.Id}")).RootElement;
            Assert.Equal("DepartmentWide", shown.GetProperty("kind").GetString());
            Assert.Equal(form.Header.CompetentDepartment, shown.GetProperty("competentDepartment").GetString());
            Assert.False(shown.GetProperty("funds").GetProperty("total").TryGetProperty("fullYearBudget", out _));

            // The open-data files say the kind too: 表类型 部门整体支出 in the CSV, kind DepartmentWide in the JSON.
            var csv = (await platform.AnonymousClient().GetStringAsync($"/public/api/open-data/{year}.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var headings = csv[0].TrimStart('\uFEFF').Split(',');
            var kindAt = Array.IndexOf(headings, "\"表类型\"");
            Assert.True(kindAt >= 0, csv[0]);
            var line = Assert.Single(csv, l => l.Contains(draft.Id.ToString(), StringComparison.OrdinalIgnoreCase));
            Assert.Equal("\"部门整体支出\"", line.Split(',')[kindAt]);
            var file = JsonDocument.Parse(await platform.AnonymousClient().GetStringAsync($"/public/api/open-data/{year}.json")).RootElement;
            Assert.Contains("kind", file.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
            var entry = Assert.Single(file.GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetGuid() == draft.Id);
            Assert.Equal("DepartmentWide", entry.GetProperty("kind").GetString());
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/public-settings", new { hiddenFields = Array.Empty<string>() })).StatusCode);
        }
    }

    [Fact]
    public async Task An_unpublished_form_answers_exactly_as_a_missing_one_and_is_in_no_list_or_file()
    {
        var org = TestOrg.New();
        var year = Lifecycle.OwnYear();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var manager = await platform.ClientFor(TestUser.Manager());
        var (draft, _) = await Forms.CreateDraft(unit, Forms.Sample().InYear(year));
        var (submitted, _) = await Forms.CreateDraft(unit, Forms.Sample().InYear(year));
        await _flow.Submit(unit, submitted.Id);
        var (approved, _) = await Forms.CreateDraft(unit, Forms.Sample().InYear(year));
        await _flow.Submit(unit, approved.Id);
        await _flow.Claim(reviewer, approved.Id);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, approved.Id, "review/approve")).StatusCode);
        var (reopened, _) = await Forms.CreateDraft(unit, Forms.Sample().InYear(year));
        await _flow.Submit(unit, reopened.Id);
        await _flow.Claim(reviewer, reopened.Id);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, reopened.Id, "review/approve")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(manager, reopened.Id, "publish")).StatusCode);
        var anonymous = platform.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/public/api/forms/{reopened.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(manager, reopened.Id, "reopen", new { reason = "数据更正" })).StatusCode);

        var missing = await anonymous.GetAsync($"/public/api/forms/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var missingBody = Without(await missing.Content.ReadAsStringAsync(), "traceId", "correlationId");
        foreach (var id in new[] { draft.Id, submitted.Id, approved.Id, reopened.Id })
        {
            var response = await anonymous.GetAsync($"/public/api/forms/{id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(missingBody, Without(await response.Content.ReadAsStringAsync(), "traceId", "correlationId"));
        }

        Assert.Empty(await Items($"/public/api/forms?year={year}"));
        var csv = await anonymous.GetStringAsync($"/public/api/open-data/{year}.csv");
        var json = await anonymous.GetStringAsync($"/public/api/open-data/{year}.json");
        foreach (var id in new[] { draft.Id, submitted.Id, approved.Id, reopened.Id })
        {
            Assert.DoesNotContain(id.ToString(), csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(id.ToString(), json, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Empty(JsonDocument.Parse(json).RootElement.GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public async Task The_open_data_files_carry_the_published_figures_csv_with_a_bom_and_formulas_neutralised()
    {
        var year = Lifecycle.OwnYear();
        var sample = Forms.Sample().InYear(year);
        var risky = sample with
        {
            Header = sample.Header with { ProjectName = "=HYPERLINK(\"http://example.invalid\",\"点击\")", ImplementingUnit = "@SUM(1+1)" },
        };
        var form = await Publish(TestOrg.New(), risky, year);
        var anonymous = platform.AnonymousClient();

        var csv = await anonymous.GetAsync($"/public/api/open-data/{year}.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"编号\",\"年度\",\"主管部门编码\",\"主管部门\",\"实施单位\",\"项目名称\"", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines[1..]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\"", row, StringComparison.Ordinal);
        Assert.Contains("\"'@SUM(1+1)\"", row, StringComparison.Ordinal);
        Assert.Contains($"\"{form.Id}\",\"{year}\"", row, StringComparison.Ordinal);
        Assert.Contains("\"95.50\",\"优\"", row, StringComparison.Ordinal);
        Assert.Contains("\"项目支出\"", row, StringComparison.Ordinal);

        var json = JsonDocument.Parse(await anonymous.GetStringAsync($"/public/api/open-data/{year}.json")).RootElement;
        Assert.Equal(year, json.GetProperty("fiscalYear").GetInt32());
        var entry = Assert.Single(json.GetProperty("rows").EnumerateArray());
        Assert.Equal(form.Id, entry.GetProperty("id").GetGuid());
        Assert.Equal("Project", entry.GetProperty("kind").GetString());
        Assert.Equal(risky.Header.ProjectName, entry.GetProperty("projectName").GetString());
        Assert.Equal(95.5m, entry.GetProperty("finalTotal").GetDecimal());
    }

    [Fact]
    public async Task Fields_an_admin_marks_as_not_public_are_left_out_of_the_page_the_list_and_the_files()
    {
        var form = await Publish(TestOrg.New(), null, Lifecycle.OwnYear());
        var admin = await platform.ClientFor(TestUser.Admin());
        var anonymous = platform.AnonymousClient();
        var put = await admin.PutAsJsonAsync("/api/public-settings", new { hiddenFields = new[] { "indicatorActual", "implementingUnit", "fullYearBudget", "indicatorActual" } });
        try
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            var settings = JsonDocument.Parse(await put.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(["implementingUnit", "fullYearBudget", "indicatorActual"],
                settings.GetProperty("hiddenFields").EnumerateArray().Select(k => k.GetString()!).ToArray());

            var shown = JsonDocument.Parse(await anonymous.GetStringAsync($"/public/api/forms/{form.Id}")).RootElement;
            Assert.False(shown.TryGetProperty("implementingUnit", out _));
            Assert.False(shown.GetProperty("funds").GetProperty("total").TryGetProperty("fullYearBudget", out _));
            Assert.True(shown.GetProperty("funds").GetProperty("total").TryGetProperty("executed", out _));
            Assert.All(shown.GetProperty("indicators").EnumerateArray(), i =>
            {
                Assert.False(i.TryGetProperty("actual", out _));
                Assert.True(i.TryGetProperty("target", out _));
            });
            Assert.Contains(shown.GetProperty("hiddenFields").EnumerateArray(), h => h.GetProperty("label").GetString() == "实际完成值");

            var item = Assert.Single(await Items($"/public/api/forms?year={form.Year}"));
            Assert.False(item.TryGetProperty("implementingUnit", out _));
            Assert.False(item.TryGetProperty("fullYearBudget", out _));

            var csv = await anonymous.GetStringAsync($"/public/api/open-data/{form.Year}.csv");
            Assert.DoesNotContain("实施单位", csv, StringComparison.Ordinal);
            Assert.DoesNotContain("全年预算数", csv, StringComparison.Ordinal);
            Assert.Contains("全年执行数", csv, StringComparison.Ordinal);
            var json = JsonDocument.Parse(await anonymous.GetStringAsync($"/public/api/open-data/{form.Year}.json")).RootElement;
            Assert.DoesNotContain("implementingUnit", json.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
            Assert.False(Assert.Single(json.GetProperty("rows").EnumerateArray()).TryGetProperty("implementingUnit", out _));
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/public-settings", new { hiddenFields = Array.Empty<string>() })).StatusCode);
        }

        var restored = JsonDocument.Parse(await anonymous.GetStringAsync($"/public/api/forms/{form.Id}")).RootElement;
        Assert.True(restored.TryGetProperty("implementingUnit", out _));
    }

    [Fact]
    public async Task The_settings_refuse_unknown_fields_and_a_missing_list_with_a_message_in_chinese()
    {
        var admin = await platform.ClientFor(TestUser.Admin());
        var unknown = await admin.PutAsJsonAsync("/api/public-settings", new { hiddenFields = new[] { "indicatorActual", "comments" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("public.unknown_field", problem.GetProperty("code").GetString());
        Assert.Contains("未知的字段", problem.GetProperty("detailZh").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("hiddenFields[1]", out _));

        var missing = await admin.PutAsJsonAsync("/api/public-settings", new { });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("public.hidden_fields_required", JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());

        var settings = JsonDocument.Parse(await admin.GetStringAsync("/api/public-settings")).RootElement;
        Assert.Empty(settings.GetProperty("hiddenFields").EnumerateArray());
        Assert.Contains(settings.GetProperty("fields").EnumerateArray(), f => f.GetProperty("key").GetString() == "deviationReason");
    }

    [Fact]
    public async Task Public_answers_are_cacheable_with_an_etag_and_bad_filters_are_refused()
    {
        var form = await Publish(TestOrg.New(), null, Lifecycle.OwnYear());
        var anonymous = platform.AnonymousClient();
        foreach (var path in new[] { $"/public/api/forms/{form.Id}", $"/public/api/forms?year={form.Year}", $"/public/api/open-data/{form.Year}.csv", $"/public/api/open-data/{form.Year}.json" })
        {
            var first = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.True(first.Headers.CacheControl is { Public: true, MaxAge: not null }, path);
            var etag = first.Headers.ETag;
            Assert.NotNull(etag);

            var again = new HttpRequestMessage(HttpMethod.Get, path);
            again.Headers.IfNoneMatch.Add(etag);
            Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(again)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/public/api/forms?grade=甲")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/public/api/forms?year=1800")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/public/api/forms?pageSize=100000")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/public/api/open-data/1800.csv")).StatusCode);
    }

    [Fact]
    public async Task One_address_is_refused_with_429_and_retry_after_once_over_the_limit()
    {
        var anonymous = platform.AnonymousClient();
        var address = $"198.51.100.{Random.Shared.Next(1, 255)}";
        Task<HttpResponseMessage> Send() => anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/public/api/forms?year=2024")
        {
            Headers = { { ClientAddresses.Header, address } },
        });

        for (var i = 0; i < ClientAddresses.PermitLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Send()).StatusCode);
        }

        var refused = await Send();
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("public.rate_limited", problem.GetProperty("code").GetString());

        // Another address is not affected.
        var other = new HttpRequestMessage(HttpMethod.Get, "/public/api/forms?year=2024") { Headers = { { ClientAddresses.Header, "203.0.113.9" } } };
        Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_limit_counts_the_forwarded_client_and_a_client_cannot_choose_its_own()
    {
        var anonymous = platform.AnonymousClient();
        var client = $"198.18.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}";
        Task<HttpResponseMessage> Send(string from, string forwardedFor) =>
            anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/public/api/forms?year=2024")
            {
                Headers = { { ClientAddresses.Header, from }, { "X-Forwarded-For", forwardedFor } },
            });

        for (var i = 0; i < ClientAddresses.PermitLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Send(ClientAddresses.TrustedProxy, client)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Send(ClientAddresses.TrustedProxy, client)).StatusCode);

        // Another client behind the same proxy keeps its own allowance: the proxy's address is not what is counted.
        Assert.Equal(HttpStatusCode.OK, (await Send(ClientAddresses.TrustedProxy, "203.0.113.77")).StatusCode);

        // A client the platform does not trust as a proxy cannot borrow (or exhaust) another's allowance by naming it.
        var direct = $"192.0.2.{Random.Shared.Next(100, 255)}";
        Assert.Equal(HttpStatusCode.OK, (await Send(direct, client)).StatusCode);
    }

    /// <summary>
    /// Every public answer about the form, and the routes a careless site might have, hold nothing of the review:
    /// no comment, adjustment reason, re-check remark, revision reason, evidence, reviewer or internal field.
    /// </summary>
    private async Task AssertNothingOfTheReview(Published form)
    {
        var anonymous = platform.AnonymousClient();
        var texts = new List<string>
        {
            await anonymous.GetStringAsync($"/public/api/forms/{form.Id}"),
            await anonymous.GetStringAsync($"/public/api/forms?year={form.Year}"),
            await anonymous.GetStringAsync("/public/api/forms"),
            await anonymous.GetStringAsync($"/public/api/open-data/{form.Year}.csv"),
            await anonymous.GetStringAsync($"/public/api/open-data/{form.Year}.json"),
        };
        foreach (var text in texts)
        {
            foreach (var secret in new[]
                     {
                         Comment, AdjustmentReason, RecheckRemark, RevisionReason, EvidenceName, ReviewerName, form.ReviewerId,
                         form.EvidenceId.ToString(), form.Org.UnitId, "evidence", "comments", "rechecks", "adjustments",
                         "revisionReasons", "scorecard", "findings", "chainHead", "FH-06",
                     })
            {
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        foreach (var path in new[]
                 {
                     $"/public/api/forms/{form.Id}/evidence", $"/public/api/forms/{form.Id}/evidence/{form.EvidenceId}",
                     $"/public/api/forms/{form.Id}/history", $"/public/api/evaluations/{form.Id}",
                     $"/public/api/forms/{form.Id}/export?format=xlsx",
                 })
        {
            // No such route: the platform's fallback (sign in first), never a file or a form.
            var response = await anonymous.GetAsync(path);
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Unauthorized });
            Assert.DoesNotContain(EvidenceName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var path in new[] { $"/api/evaluations/{form.Id}", $"/api/evaluations/{form.Id}/evidence/{form.EvidenceId}" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        }
    }

    /// <summary>
    /// A form with everything the public must not see: evidence, a revision round with its reason, comments, an
    /// adjustment with its reason, a re-check entry with its remark, by a named reviewer; then approved and published.
    /// </summary>
    private async Task<Published> PublishLoadedForm()
    {
        var org = TestOrg.New();
        var year = Lifecycle.OwnYear();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewerUser = new TestUser($"reviewer-{Guid.NewGuid():N}"[..20], ReviewerName, ["reviewer"], null, [org.DepartmentId]);
        var reviewer = await platform.ClientFor(reviewerUser);
        var manager = await platform.ClientFor(TestUser.Manager());
        var projectName = $"公开测试项目{Guid.NewGuid():N}"[..16];
        var sample = Forms.Sample().InYear(year);
        var (draft, _) = await Forms.CreateDraft(unit, sample with { Header = sample.Header with { ProjectName = projectName } });
        var upload = await EvidenceUploads.Upload(unit, draft.Id, EvidenceUploads.Content(EvidenceUploads.Pdf(), EvidenceName, "Voucher", "0"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var evidenceId = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        await _flow.Submit(unit, draft.Id);
        await _flow.Claim(reviewer, draft.Id);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, draft.Id, "review/request-revision", new { reasons = new[] { RevisionReason } })).StatusCode);
        await _flow.Submit(unit, draft.Id);
        await _flow.Claim(reviewer, draft.Id, submission: 2);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, draft.Id, "review/comments", new { text = Comment, indicatorIndex = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, draft.Id, "review/adjustments",
            new { target = "indicator", indicatorIndex = 0, score = 12.5m, reason = AdjustmentReason })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, draft.Id, "review/recheck", new
        {
            entries = new[] { new { target = "indicator", indicatorIndex = 2, verifiedActual = "无法量化", clause = "FH-06", evidenceIds = new[] { evidenceId }, remark = RecheckRemark } },
        })).StatusCode);
        var approve = await _flow.Act(reviewer, draft.Id, "review/approve");
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var approved = await Forms.Read<Evaluation>(approve);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(manager, draft.Id, "publish")).StatusCode);
        return new Published(draft.Id, org, year, evidenceId, reviewerUser.Id, projectName, approved.FinalTotal!.Value, approved.FinalGrade!);
    }

    /// <summary>A plain form drafted, submitted, approved with the adjustment to 95.50 and published.</summary>
    private async Task<Published> Publish(TestOrg org, EvaluationForm? form, int year)
    {
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var manager = await platform.ClientFor(TestUser.Manager());
        var content = form ?? Forms.Sample().InYear(year);
        var (draft, _) = await Forms.CreateDraft(unit, content);
        await _flow.Submit(unit, draft.Id);
        await _flow.Claim(reviewer, draft.Id);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, draft.Id, "review/adjustments",
            new { target = "indicator", indicatorIndex = 0, score = 12.5m, reason = AdjustmentReason })).StatusCode);
        var approve = await _flow.Act(reviewer, draft.Id, "review/approve");
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var approved = await Forms.Read<Evaluation>(approve);
        Assert.Equal(95.5m, approved.FinalTotal);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(manager, draft.Id, "publish")).StatusCode);
        return new Published(draft.Id, org, year, Guid.Empty, "", content.Header.ProjectName, 95.5m, approved.FinalGrade!);
    }

    private async Task<List<JsonElement>> Items(string path)
    {
        var response = await platform.AnonymousClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items").EnumerateArray()];
    }

    private static string Without(string json, params string[] members)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        foreach (var member in members)
        {
            node.Remove(member);
        }

        return node.ToJsonString();
    }
}
