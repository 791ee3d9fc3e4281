using System.Text.RegularExpressions;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import.Text;

/// <summary>
/// Imports the text of documents that hold published forms (text extracted from a PDF, or the lines the PDF and Word
/// readers rebuild). Forms are found by their titles anywhere in the document; what lies before the first form, after
/// a form's last line and page numbers between are skipped and reported. Each form is read whole, reported as
/// incomplete with what was read when the document stops before it does, or refused with the line that broke it;
/// the others still import.
/// </summary>
public static partial class PdfTextFormImporter
{
    private const int MaxSkippedShown = 60;

    public static ImportResult Import(string text, ImportLimits? limits = null) => Import(text, FormFileFormat.PdfText, limits);

    internal static ImportResult Import(string text, FormFileFormat format, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        var forms = new List<EvaluationForm>();
        var errors = new List<ImportError>();
        var outcomes = new List<FormOutcome>();
        var skipped = new List<SkippedText>();
        if (!TrySplitLines(text, limits, errors, skipped, out var lines))
        {
            return new ImportResult(format, forms, errors) { Skipped = skipped };
        }

        var starts = new List<(int Line, FormTitle Title)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (FormTitles.Match(lines[i]) is { } title)
            {
                starts.Add((i, title));
            }
        }

        if (starts.Count == 0)
        {
            var first = lines.Count > 0 ? lines[0] : null;
            errors.Add(ImportError.Create(
                "file",
                "至少一张自评表（标题如“财政项目支出绩效自评表”或“项目支出绩效自评表”）",
                "at least one form (a title such as 财政项目支出绩效自评表 or 项目支出绩效自评表)",
                first is null ? "(empty file)" : $"{lines.Count} lines of other text, the first '{first.Text}'",
                "文件"));
            if (lines.Count > 0)
            {
                skipped.Add(Skip(lines, 0, lines.Count));
            }

            return new ImportResult(format, forms, errors) { Skipped = skipped };
        }

        if (starts[0].Line > 0)
        {
            skipped.Insert(0, Skip(lines, 0, starts[0].Line));
        }

        if (starts.Count > limits.MaxForms)
        {
            errors.Add(new TextFormatException(lines[starts[limits.MaxForms].Line].Number, $"不超过{limits.MaxForms}张自评表", $"at most {limits.MaxForms} forms per file", lines[starts[limits.MaxForms].Line].Text).ToError());
            starts.RemoveRange(limits.MaxForms, starts.Count - limits.MaxForms);
        }

        for (var f = 0; f < starts.Count && errors.Count < limits.MaxErrors; f++)
        {
            var (start, title) = starts[f];
            var end = f + 1 < starts.Count ? starts[f + 1].Line : lines.Count;
            var outcome = ReadOne(lines, start, end, title, f, f + 1 == starts.Count, limits, skipped);
            outcomes.Add(outcome);
            if (outcome.Form is { } form)
            {
                forms.Add(form);
            }

            errors.AddRange(outcome.Problems);
        }

        skipped.Sort((a, b) => FirstLine(a).CompareTo(FirstLine(b)));
        return new ImportResult(format, forms, errors) { Outcomes = outcomes, Skipped = skipped };
    }

    private static FormOutcome ReadOne(
        List<TextLine> lines, int start, int end, FormTitle title, int index, bool last, ImportLimits limits, List<SkippedText> skipped)
    {
        var location = Location(lines, start, end);
        if (!FormLayouts.Read.Contains(title.Layout))
        {
            var error = new TextFormatException(
                lines[start].Number,
                "可读取的自评表版式（" + string.Join("、", FormLayouts.Read) + "）",
                "a form layout the platform reads (" + string.Join(", ", FormLayouts.Read) + ")",
                title.Title + "（版式已识别，暂不支持读取 recognised, not read yet）").ToError();
            return new FormOutcome(index, FormOutcomeStatus.Refused, title.Layout, location, null, null, [error], []);
        }

        if (title.Layout == FormLayouts.Central)
        {
            var central = new CentralFormParser(lines, start, end, limits);
            return Outcome(lines, start, end, index, last, title, skipped, central.Parse, () => central.EndPosition, () => central.Partial, () => central.Findings);
        }

        if (title.Layout == FormLayouts.DepartmentWide)
        {
            var department = new DepartmentWideFormParser(lines, start, end, limits);
            return Outcome(lines, start, end, index, last, title, skipped, department.Parse, () => department.EndPosition, () => department.Partial, () => department.Findings);
        }

        if (title.Layout == FormLayouts.Sichuan)
        {
            var sichuan = new SichuanFormParser(lines, start, end, limits);
            return Outcome(lines, start, end, index, last, title, skipped, sichuan.Parse, () => sichuan.EndPosition, () => sichuan.Partial, () => sichuan.Findings);
        }

        if (title.Layout == FormLayouts.Hubei)
        {
            var hubei = new HubeiFormParser(lines, start, end, limits);
            return Outcome(lines, start, end, index, last, title, skipped, hubei.Parse, () => hubei.EndPosition, () => hubei.Partial, () => hubei.Findings);
        }

        var reader = new FormTextParser(lines, start, end, limits);
        return Outcome(lines, start, end, index, last, title, skipped, reader.Parse, () => reader.EndPosition, () => reader.Partial, () => [.. reader.InYuan ? [ImportFindings.Yuan()] : Array.Empty<Scoring.Finding>(), .. ImportFindings.Of(reader.Form!, reader.PrintedWeightTotal)]);
    }

    private static FormOutcome Outcome(
        List<TextLine> lines, int start, int end, int index, bool last, FormTitle title, List<SkippedText> skipped,
        Func<FormTitle, EvaluationForm> parse, Func<int> endPosition, Func<PartialForm> partial, Func<IReadOnlyList<Scoring.Finding>> findings)
    {
        var location = Location(lines, start, end);
        try
        {
            var form = parse(title);
            if (endPosition() < end)
            {
                skipped.Add(Skip(lines, endPosition(), end));
                location = Location(lines, start, endPosition());
            }

            return new FormOutcome(index, FormOutcomeStatus.Read, title.Layout, location, form, null, [], findings());
        }
        catch (TextFormatException problem) when (problem.CutOff)
        {
            var stop = lines[end - 1];
            var error = ImportError.Create(
                $"line {stop.Number}",
                problem.ExpectedZh,
                problem.ExpectedEn,
                last ? "(end of document)" : "(the next form's title)",
                $"第{stop.Number}行之后（自评表不完整）");
            var finding = ImportFindings.CutOff(problem.ExpectedZh, problem.ExpectedEn, stop.Number);
            return new FormOutcome(index, FormOutcomeStatus.Incomplete, title.Layout, location, null, partial(), [error], [finding]);
        }
        catch (TextFormatException problem)
        {
            return new FormOutcome(index, FormOutcomeStatus.Refused, title.Layout, location, null, null, [problem.ToError()], []);
        }
    }

    private static string Location(List<TextLine> lines, int start, int end) =>
        end - 1 > start ? $"lines {lines[start].Number}–{lines[end - 1].Number}" : $"line {lines[start].Number}";

    private static SkippedText Skip(List<TextLine> lines, int start, int end)
    {
        var text = string.Join(" / ", lines.Skip(start).Take(Math.Min(end - start, 3)).Select(l => l.Text));
        if (text.Length > MaxSkippedShown)
        {
            text = text[..MaxSkippedShown] + "…";
        }

        return new SkippedText(Location(lines, start, end), text);
    }

    private static int FirstLine(SkippedText skipped)
    {
        var digits = skipped.Location.AsSpan(skipped.Location.IndexOf(' ') + 1);
        var stop = digits.IndexOfAnyExceptInRange('0', '9');
        return int.TryParse(stop < 0 ? digits : digits[..stop], out var number) ? number : 0;
    }

    /// <summary>"第 3 页", "第3页 共12页", "- 3 -", "3/12", "Page 3 of 12": a page's number, printed on every page.</summary>
    [GeneratedRegex(@"^(第\s*\d{1,4}\s*页(\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|[-－—–]\s*\d{1,4}\s*[-－—–]|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(\s*of\s*\d{1,4})?)$")]
    private static partial Regex PageNumber();

    private static bool TrySplitLines(string text, ImportLimits limits, List<ImportError> errors, List<SkippedText> skipped, out List<TextLine> lines)
    {
        lines = [];
        var number = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            if (number > limits.MaxLines)
            {
                errors.Add(new TextFormatException(number, $"不超过{limits.MaxLines}行", $"at most {limits.MaxLines} lines", "").ToError());
                return false;
            }

            var raw = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            if (raw.Length > limits.MaxLineLength)
            {
                errors.Add(new TextFormatException(number, $"每行不超过{limits.MaxLineLength}个字符", $"lines of at most {limits.MaxLineLength} characters", raw[..60].ToString()).ToError());
                return false;
            }

            var trimmed = raw.Trim().Trim('\uFEFF');
            var pipes = trimmed.Count('|') + trimmed.Count('｜');
            if (pipes >= 2 || (pipes == 1 && trimmed[0] is '|' or '｜' || pipes == 1 && trimmed[^1] is '|' or '｜'))
            {
                // A table exported with pipes between its cells ("| 年度资金总额 | 72.00 | … |"); a rule line ("|---|---|") holds no cell.
                var cells = trimmed.ToString().Replace('｜', '|').Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (cells.All(c => c.Trim('-', ':', ' ').Length == 0))
                {
                    continue;
                }

                lines.Add(new TextLine(number, string.Join(' ', cells)));
                continue;
            }

            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (trimmed.Length <= 24 && PageNumber().IsMatch(trimmed))
            {
                skipped.Add(new SkippedText($"line {number}", trimmed.ToString()));
                continue;
            }

            lines.Add(new TextLine(number, trimmed.ToString()));
        }

        return true;
    }
}
