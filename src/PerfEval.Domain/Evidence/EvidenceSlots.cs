namespace PerfEval.Domain.Evidence;

/// <summary>The Chinese labels of the slots, and a slot read from its name or its label.</summary>
public static class EvidenceSlots
{
    private static readonly Dictionary<EvidenceSlot, string> Labels = new()
    {
        [EvidenceSlot.Voucher] = "支出凭证",
        [EvidenceSlot.AcceptanceReport] = "验收报告",
        [EvidenceSlot.SatisfactionSurvey] = "满意度调查",
        [EvidenceSlot.Minutes] = "会议纪要",
        [EvidenceSlot.Other] = "其他",
    };

    public static string Label(EvidenceSlot slot) => Labels[slot];

    /// <summary>"Voucher" (any case) or "支出凭证"; null for anything else (numbers included).</summary>
    public static EvidenceSlot? Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        foreach (var (slot, label) in Labels)
        {
            if (string.Equals(value, slot.ToString(), StringComparison.OrdinalIgnoreCase) || value == label)
            {
                return slot;
            }
        }

        return null;
    }

    /// <summary>Every slot as "Voucher（支出凭证）", for messages.</summary>
    public static string Accepted => string.Join("、", Labels.Select(l => $"{l.Key}（{l.Value}）"));
}
