using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import.Text;

/// <summary>
/// Imports the text extracted from published PDF forms (several forms per file, each starting with the title
/// 财政项目支出绩效自评表). Each form is read whole or refused with the line that broke it; the others still import.
/// </summary>
public static class PdfTextFormImporter
{
    public static ImportResult Import(string text, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        var forms = new List<EvaluationForm>();
        var errors = new List<ImportError>();
        if (!TrySplitLines(text, limits, errors, out var lines))
        {
            return new ImportResult(FormFileFormat.PdfText, forms, errors);
        }

        var starts = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (FormTextParser.IsTitle(lines[i]))
            {
                starts.Add(i);
            }
        }

        if (starts.Count == 0)
        {
            var first = lines.Count > 0 ? lines[0] : null;
            errors.Add(new TextFormatException(first?.Number ?? 0, "标题“财政项目支出绩效自评表”", "the title 财政项目支出绩效自评表 of a form", first?.Text ?? "(empty file)").ToError());
            return new ImportResult(FormFileFormat.PdfText, forms, errors);
        }

        if (starts[0] > 0)
        {
            errors.Add(new TextFormatException(lines[0].Number, "标题“财政项目支出绩效自评表”", "the title 财政项目支出绩效自评表 before any other text", lines[0].Text).ToError());
        }

        if (starts.Count > limits.MaxForms)
        {
            errors.Add(new TextFormatException(lines[starts[limits.MaxForms]].Number, $"不超过{limits.MaxForms}张自评表", $"at most {limits.MaxForms} forms per file", FormTextParser.Title).ToError());
            starts.RemoveRange(limits.MaxForms, starts.Count - limits.MaxForms);
        }

        for (var f = 0; f < starts.Count && errors.Count < limits.MaxErrors; f++)
        {
            var end = f + 1 < starts.Count ? starts[f + 1] : lines.Count;
            try
            {
                forms.Add(new FormTextParser(lines, starts[f], end, limits).Parse());
            }
            catch (TextFormatException problem)
            {
                errors.Add(problem.ToError());
            }
        }

        return new ImportResult(FormFileFormat.PdfText, forms, errors);
    }

    private static bool TrySplitLines(string text, ImportLimits limits, List<ImportError> errors, out List<TextLine> lines)
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
            if (!trimmed.IsEmpty)
            {
                lines.Add(new TextLine(number, trimmed.ToString()));
            }
        }

        return true;
    }
}
