namespace PerfEval.Domain.Evidence;

/// <summary>The typed slot a supporting file (佐证材料) is filed under.</summary>
public enum EvidenceSlot
{
    /// <summary>支出凭证: payment vouchers, invoices, ledgers.</summary>
    Voucher,

    /// <summary>验收报告: acceptance or completion reports.</summary>
    AcceptanceReport,

    /// <summary>满意度调查: satisfaction survey questionnaires and their tallies.</summary>
    SatisfactionSurvey,

    /// <summary>会议纪要: minutes of meetings.</summary>
    Minutes,

    /// <summary>其他: anything else.</summary>
    Other,
}

/// <summary>
/// One supporting file of a form, as its stream records it: the bytes are stored apart, by <paramref name="Id"/>, and
/// their SHA-256 is here, so the stream (and its hash chain) vouches for the file's content.
/// </summary>
/// <param name="IndicatorIndex">The indicator (index into the form's indicators) it supports; null: the whole form.</param>
/// <param name="ContentType">The type sniffed from the content (never the one the uploader claimed).</param>
public sealed record EvidenceRef(
    Guid Id,
    EvidenceSlot Slot,
    int? IndicatorIndex,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    string UploadedById,
    string UploadedByName);

/// <summary>
/// The form's unit attached a supporting file while the form was editable; its bytes were stored before this was
/// appended. Past-tense fact; never edited once stored.
/// </summary>
public sealed record EvidenceAttached(Guid EvaluationId, EvidenceRef Evidence) : Evaluations.IFormEvent;

/// <summary>
/// The form's unit removed a supporting file while the form was editable: the form no longer lists it. The file's
/// name and slot are carried so the history names it; its bytes stay stored and its attachment stays in the stream
/// with its SHA-256, so nothing the record vouched for is lost. Past-tense fact; never edited once stored.
/// </summary>
public sealed record EvidenceRemoved(
    Guid EvaluationId,
    Guid EvidenceId,
    string RemovedById,
    string RemovedByName,
    string FileName,
    EvidenceSlot Slot) : Evaluations.IFormEvent;
