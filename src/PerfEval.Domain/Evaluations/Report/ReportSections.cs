namespace PerfEval.Domain.Evaluations.Report;

/// <summary>
/// The text sections of the written self-evaluation report (自评报告) the unit completes before submitting
/// (docs/domain-rules.md#self-evaluation-report), one per heading of the report. Frozen with the content once the
/// form is submitted.
/// </summary>
public sealed record ReportSections
{
    /// <summary>Most characters in one section.</summary>
    public const int MaxLength = 10_000;

    /// <summary>一、基本情况: the project, its purpose, how the funds were used.</summary>
    public string BasicInfo { get; init; } = "";

    /// <summary>二、绩效目标完成情况: how the targets were met.</summary>
    public string GoalCompletion { get; init; } = "";

    /// <summary>三、偏离原因与改进措施: why results fell short, and what will change.</summary>
    public string DeviationAndImprovement { get; init; } = "";

    /// <summary>四、结果应用: how the results are used (budget, management, disclosure).</summary>
    public string ResultUse { get; init; } = "";

    public static ReportSections Empty { get; } = new();

    public bool IsEmpty => this == Empty;

    /// <summary>The sections with missing ones as empty text and each trimmed at its ends.</summary>
    public static ReportSections Of(string? basicInfo, string? goalCompletion, string? deviationAndImprovement, string? resultUse) => new()
    {
        BasicInfo = (basicInfo ?? "").Trim(),
        GoalCompletion = (goalCompletion ?? "").Trim(),
        DeviationAndImprovement = (deviationAndImprovement ?? "").Trim(),
        ResultUse = (resultUse ?? "").Trim(),
    };

    /// <summary>The sections with their headings, in the report's order.</summary>
    public IReadOnlyList<(string Key, string Heading, string Text)> All =>
    [
        (nameof(BasicInfo), ReportLayout.BasicInfo, BasicInfo),
        (nameof(GoalCompletion), ReportLayout.GoalCompletion, GoalCompletion),
        (nameof(DeviationAndImprovement), ReportLayout.DeviationAndImprovement, DeviationAndImprovement),
        (nameof(ResultUse), ReportLayout.ResultUse, ResultUse),
    ];
}

/// <summary>The unit edited the report's text sections (allowed while the content may be changed).</summary>
public sealed record ReportSectionsEdited(Guid EvaluationId, ReportSections Sections) : IFormEvent;

/// <summary>The report's headings, as the usual 自评报告 has them.</summary>
public static class ReportLayout
{
    public const string BasicInfo = "一、基本情况";
    public const string GoalCompletion = "二、绩效目标完成情况";
    public const string DeviationAndImprovement = "三、偏离原因与改进措施";
    public const string ResultUse = "四、结果应用";
}

/// <summary>Editing the report's sections (docs/domain-rules.md#self-evaluation-report).</summary>
public static class ReportDecisions
{
    public static Decision EditSections(Evaluation state, Actor actor, ReportSections sections)
    {
        if (!actor.BelongsToUnit(state.UnitId))
        {
            return EvaluationErrors.NotOwner;
        }

        if (!EvaluationDecisions.IsEditable(state.Status))
        {
            return ReportErrors.Frozen(state.Status);
        }

        foreach (var (key, heading, text) in sections.All)
        {
            if (text.Length > ReportSections.MaxLength)
            {
                return ReportErrors.TooLong(key, heading);
            }
        }

        return sections == state.ReportSections
            ? Decision.AlreadyDone
            : Decision.Accept(new ReportSectionsEdited(state.Id, sections));
    }
}

public static class ReportErrors
{
    public static DomainError Frozen(EvaluationStatus status) => new(
        ErrorKind.Conflict, "report.frozen",
        $"自评表当前状态为“{Evidence.EvidenceErrors.StatusZh(status)}”，自评报告已随内容冻结；只有草稿或退回修改状态可以修改。",
        $"The form is {status}; the report's sections are frozen with its content (only Draft or RevisionRequested forms can be changed).");

    public static DomainError TooLong(string key, string heading) => new(
        ErrorKind.Invalid, "report.section_too_long",
        $"“{heading}”过长（最多 {ReportSections.MaxLength} 字）。",
        $"{key} is too long (at most {ReportSections.MaxLength} characters).")
    { Field = char.ToLowerInvariant(key[0]) + key[1..] };
}
