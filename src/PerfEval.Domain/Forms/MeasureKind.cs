namespace PerfEval.Domain.Forms;

/// <summary>What a target or actual cell holds once parsed.</summary>
public enum MeasureKind
{
    /// <summary>The cell is empty.</summary>
    Empty,

    /// <summary>A number, optionally with comparator and unit: "≥8000.00(人)", "=100", "&gt;=90", "95.00(%)".</summary>
    Quantity,

    /// <summary>A word such as 增强, 健全有效, 及时.</summary>
    Qualitative,

    /// <summary>An achievement tier such as 达成指标.</summary>
    Tier,
}
