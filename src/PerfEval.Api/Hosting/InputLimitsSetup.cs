using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;
using PerfEval.Api.Evaluations;
using PerfEval.Api.Http;
using PerfEval.Domain.Evidence;

namespace PerfEval.Api.Hosting;

public static class InputLimitsSetup
{
    /// <summary>
    /// Applies the "Limits" section to every layer that reads input: Kestrel, the multipart form parser, JSON
    /// reading and the validators; binding failures become exceptions so that <see cref="ExceptionProblems"/> answers
    /// them with a problem and a code.
    /// </summary>
    public static InputLimits AddInputLimits(this WebApplicationBuilder builder)
    {
        var limits = InputLimits.From(builder.Configuration);
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton(limits.Import);
        var evidence = builder.Configuration.GetSection(EvidenceLimits.Section).Get<EvidenceLimits>() ?? new EvidenceLimits();
        builder.Services.AddSingleton(evidence);
        builder.Services.AddSingleton<FormInputValidator>();
        builder.Services.AddSingleton<Targets.TargetInputValidator>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = limits.MaxUploadRequestBytes;
            o.BufferBodyLengthLimit = limits.MaxUploadRequestBytes;
            o.MultipartHeadersLengthLimit = limits.MaxMultipartHeaderBytes;
            o.ValueCountLimit = limits.MaxFormFields;
        });
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.MaxDepth = limits.MaxJsonDepth;
            o.SerializerOptions.Converters.Add(new ControlCharacters.RefusingConverter());
            // Chinese text stays readable, while characters that mean something in HTML (<, >, &, quotes) are
            // escaped, so stored markup reaches a careless client as inert text.
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        builder.WebHost.ConfigureKestrel(k =>
            k.Limits.MaxRequestBodySize = Math.Max(
                Math.Max(limits.MaxRequestBytes, limits.MaxUploadRequestBytes), evidence.MaxFileBytes + limits.MultipartEnvelopeBytes));
        return limits;
    }
}
