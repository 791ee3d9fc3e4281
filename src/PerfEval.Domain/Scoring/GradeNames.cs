namespace PerfEval.Domain.Scoring;

/// <summary>The grades 优/良/中/差 by their English names, for texts in English (the forms and the rules keep the Chinese).</summary>
public static class GradeNames
{
    /// <summary>Excellent, Good, Fair or Poor for 优, 良, 中 or 差; any other text as it is.</summary>
    public static string? English(string? grade) => grade switch
    {
        "优" => "Excellent",
        "良" => "Good",
        "中" => "Fair",
        "差" => "Poor",
        _ => grade,
    };
}
