using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using PerfEval.Api.Admin;
using PerfEval.Api.Auth;
using PerfEval.Api.BudgetAdvice;
using PerfEval.Api.Calendar;
using PerfEval.Api.CrossChecks;
using PerfEval.Api.Directories;
using PerfEval.Api.Disclosure;
using PerfEval.Api.Evaluations;
using PerfEval.Api.Evidence;
using PerfEval.Api.History;
using PerfEval.Api.Hosting;
using PerfEval.Api.Http;
using PerfEval.Api.Notifications;
using PerfEval.Api.Projections;
using PerfEval.Api.Rectifications;
using PerfEval.Api.Reports;
using PerfEval.Api.Review;
using PerfEval.Api.Sampling;
using PerfEval.Api.SignIn;
using PerfEval.Api.Targets;
using PerfEval.Api.Verification;
using PerfEval.Api.WebUi;
using PerfEval.Platform.Health;
using PerfEval.Platform.Hosting;
using PerfEval.Worker;
using Scalar.AspNetCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Local runs and tests carry the worker's side in this process too (PerfEval:RunWorker); production runs it in
// PerfEval.Worker and this process only answers requests.
var runWorker = builder.Configuration.GetValue<bool>("PerfEval:RunWorker");
builder.Services.AddPerfEvalPlatform(
    builder.Configuration, "PerfEval.Api", runWorker ? new WorkerSide(builder.Configuration) : null);
builder.Services.AddPerfEvalAuth(builder.Configuration);
builder.Services.AddDirectoryScopes();
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.AddMissingCode);
builder.Services.AddExceptionHandler<ExceptionProblems>();
builder.AddInputLimits();
builder.AddPublicSite();
builder.AddForwardedHeaders();
builder.AddCompression();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddOpenApi("v1");
builder.Services.AddCallerLanguage();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseMiddleware<CorrelationMiddleware>();
app.UseRequestLocalization();
app.UseSerilogRequestLogging();
app.UseCompression();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestBodyLimit>();
app.UseWebUi();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapScalarApiReference("/docs", o => o
        .WithTitle("PerfEval Platform API")
        .WithOpenApiRoutePattern("/openapi/{documentName}.json"))
    .AllowAnonymous();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
var ready = new HealthCheckOptions
{
    Predicate = c => c.Tags.Contains(HealthSetup.ReadyTag),
    ResponseWriter = HealthReportWriter.WriteAsync,
};
app.MapHealthChecks("/health/ready", ready).AllowAnonymous();

// The HTTP API: each operation documents its answers (ApiResponses), the common ones added last.
var api = app.MapGroup("");
api.MapDevTokens(app.Services.GetRequiredService<AuthOptions>());
api.MapSignInOptions();
api.MapEvaluations();
api.MapFormYears();
api.MapScorePreview();
api.MapImport();
api.MapExport();
api.MapSelfEvaluationReport();
api.MapReviewTasks();
api.MapNotifications();
api.MapReview();
api.MapRecheck();
api.MapRulebooks();
api.MapTargets();
api.MapTargetReview();
api.MapMonitoring();
api.MapTargetFiles();
api.MapHistory();
api.MapEvidence();
api.MapCalendar();
api.MapYearlyProjections();
api.MapReports();
api.MapCrossChecks();
api.MapProjectionAdmin();
api.MapSampling();
api.MapPublicSite();
api.MapPublicSettings();
api.MapRectifications();
api.MapBudgetAdvice();
api.MapDirectory();
api.MapNames();
api.MapMe();
((IEndpointConventionBuilder)api).Finally(ApiResponses.AddCommonAnswers);
app.MapJobsDashboard();

app.Run();

/// <summary>The API's entry point, visible to the integration tests' host factory.</summary>
public partial class Program;
