using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Evidence;

/// <summary>The refusals of attaching and removing supporting files (docs/domain-rules.md#evidence), each with a stable code.</summary>
public static class EvidenceErrors
{
    public static DomainError Frozen(EvaluationStatus status) => new(
        ErrorKind.Conflict, "evidence.frozen",
        $"自评表已提交（当前状态：{StatusZh(status)}），佐证材料随填报内容一并冻结；只有草稿或退回修改状态可以上传或删除。",
        $"The form is {status}: its evidence is frozen with its content; files can be attached or removed only in Draft or RevisionRequested.");

    public static DomainError IndicatorNotFound(int index, int count) => new(
        ErrorKind.Invalid, "evidence.indicator_not_found",
        $"指标序号 {index} 不存在：本表共有 {count} 个指标（序号 0 至 {count - 1}）。",
        $"There is no indicator {index}: the form has {count} indicator(s) (0 to {count - 1}).");

    public static DomainError TooMany(int max) => new(
        ErrorKind.Conflict, "evidence.too_many",
        $"每张自评表最多上传 {max} 个佐证材料，已达上限。",
        $"A form carries at most {max} evidence files; the limit is reached.");

    public static DomainError UnsupportedType { get; } = new(
        ErrorKind.Invalid, "evidence.unsupported_type",
        "文件类型不支持：只接受 PDF、PNG、JPEG 图片、Word（.docx）和 Excel（.xlsx）文件，类型按文件内容识别，与文件名无关。",
        "Unsupported file type: only PDF, PNG, JPEG, Word (.docx) and Excel (.xlsx) files are accepted, recognised from their content, not their name.");

    public static DomainError TooLarge(long max) => new(
        ErrorKind.Invalid, "evidence.too_large",
        $"文件超过 {Mib(max)} 的上限。",
        $"The file is larger than the limit of {max} bytes.");

    public static DomainError NoFile { get; } = new(
        ErrorKind.Invalid, "evidence.no_file",
        "请以 multipart/form-data 上传，文件放在字段 file 中，材料类别放在字段 slot 中。",
        "Send multipart/form-data with the file in the field 'file' and its slot in the field 'slot'.");

    public static DomainError BadIndicatorIndex { get; } = new(
        ErrorKind.Invalid, "evidence.bad_indicator_index",
        "指标序号（indicatorIndex）应为整数，从 0 开始；整表材料不填。",
        "indicatorIndex must be a whole number from 0; leave it out for the whole form.");

    public static DomainError Malformed(string why) => new(
        ErrorKind.Invalid, "evidence.malformed", "上传内容无法读取，请重新选择文件上传。",
        $"The multipart body could not be read: {why}");

    public static DomainError NotFound { get; } = new(
        ErrorKind.NotFound, "evidence.not_found", "未找到该佐证材料。", "The evidence file was not found.");

    public static DomainError Empty { get; } = new(
        ErrorKind.Invalid, "evidence.empty", "文件为空。", "The file is empty.");

    public static DomainError UnknownSlot { get; } = new(
        ErrorKind.Invalid, "evidence.unknown_slot",
        $"材料类别无效，可选：{EvidenceSlots.Accepted}。",
        "Unknown slot; use one of Voucher, AcceptanceReport, SatisfactionSurvey, Minutes, Other (or its Chinese label).");

    private static string Mib(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes} 字节";

    internal static string StatusZh(EvaluationStatus status) => status switch
    {
        EvaluationStatus.Draft => "草稿",
        EvaluationStatus.Submitted => "已提交",
        EvaluationStatus.InReview => "审核中",
        EvaluationStatus.RevisionRequested => "退回修改",
        EvaluationStatus.Approved => "审核通过",
        EvaluationStatus.Rejected => "已驳回",
        _ => "已公开",
    };
}
