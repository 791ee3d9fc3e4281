namespace PerfEval.Domain.Forms;

/// <summary>Which of the two self-evaluation forms a unit files. Forms stored before the kind existed are projects.</summary>
public enum FormKind
{
    /// <summary>财政项目支出绩效自评表: one project's funds, goals and indicators.</summary>
    Project = 0,

    /// <summary>
    /// 部门整体支出绩效自评表: the whole department's budget, its overall goals, the common indicators (共性指标,
    /// scored from <see cref="DepartmentFacts"/>) and the department's own indicators.
    /// </summary>
    DepartmentWide = 1,
}

/// <summary>The kind's names as the API reads them (in a query as in a body).</summary>
public static class FormKinds
{
    /// <summary>"Project" or "DepartmentWide" in any case (so also "departmentWide", as JSON files write it); numbers are not names.</summary>
    public static bool TryParse(string? text, out FormKind kind)
    {
        kind = FormKind.Project;
        return text is { Length: > 0 } && text.All(char.IsAsciiLetter)
            && Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind);
    }
}
