using System.Diagnostics;
using System.Text;
using PerfEval.Domain.Export;
using PerfEval.Domain.Import;
using PerfEval.Domain.Import.Docx;
using PerfEval.Domain.Import.Pdf;
using PerfEval.Domain.Import.Text;
using PerfEval.Domain.Import.Xlsx;
using PerfEval.Domain.Tests.Fixtures;
using PerfEval.TestFiles;

namespace PerfEval.Domain.Tests.Import;

/// <summary>
/// Property-style: hundreds of cut, shuffled and corrupted variants of the seed (seeded, so failures reproduce).
/// The importer either returns forms or refuses with errors; it never throws and never takes long.
/// PERFEVAL_FUZZ_VARIANTS and PERFEVAL_FUZZ_SEED run a longer or different campaign.
/// </summary>
public class ImportRobustnessTests
{
    private static readonly int Variants = int.TryParse(Environment.GetEnvironmentVariable("PERFEVAL_FUZZ_VARIANTS"), out var n) ? n : 600;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(Math.Max(60, Variants / 50));
    private static readonly string[] Junk = ["≥", "(", ")", "（", "-", "0", "9.", "总分", "产出指标", "达成指标", "部分达成指", "  ", "\t", "一级指标", "财政项目支出绩效自评表", "\u0000", "𠀀", "|", "合计", "☑", "部门预算项目支出绩效自评表", "财政项目绩效自评表"];

    [Fact]
    public async Task Mutated_seed_text_is_either_imported_or_refused_never_thrown_and_in_bounded_time()
    {
        var lines = SeedForms.Text.Split('\n');
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("PERFEVAL_FUZZ_SEED"), out var seed) ? seed : 20241125);
        var watch = Stopwatch.StartNew();
        var refused = 0;

        var work = Task.Run(() =>
        {
            for (var i = 0; i < Variants; i++)
            {
                var variant = Mutate(lines, random, out var description);
                // The text importer itself, not FormImporter: its last-resort catch would hide a defect here.
                var result = PdfTextFormImporter.Import(variant);

                Assert.True(result.Forms.Count + result.Errors.Count > 0, $"variant {i} ({description}) gave neither forms nor errors");
                Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Location + e.Expected + e.MessageEn)));
                Assert.All(result.Forms, f => Assert.NotEmpty(f.Indicators));
                refused += result.Errors.Count > 0 ? 1 : 0;
            }
        });

        var finished = await Task.WhenAny(work, Task.Delay(Budget));
        Assert.True(finished == work, $"{Variants} variants did not finish within {Budget}");
        await work;
        Assert.InRange(refused, Variants / 4, Variants);
        Assert.True(watch.Elapsed < Budget);
    }

    [Theory]
    [InlineData("central", "row-per-line-zero-total.txt")]
    [InlineData("central", "cell-per-line-yuan-placeholders.txt")]
    [InlineData("central", "unscored-with-instructions.txt")]
    [InlineData("sichuan", "pipe-rows-scored.txt")]
    [InlineData("sichuan", "cell-per-line-unscored.txt")]
    [InlineData("sichuan", "run-together.txt")]
    [InlineData("hubei", "ocr-checkboxes-scored.txt")]
    [InlineData("hubei", "unscored-template.txt")]
    [InlineData("hubei", "two-forms-one-cut.txt")]
    [InlineData("department-wide", "row-per-line-with-figures.txt")]
    [InlineData("department-wide", "cell-per-line-expenditure-rows.txt")]
    [InlineData("department-wide", "income-rows-2021-template.txt")]
    public void Mutated_regional_template_documents_are_either_imported_or_refused_never_thrown(string family, string name)
    {
        var lines = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", family, name)).Split('\n');
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("PERFEVAL_FUZZ_SEED"), out var seed) ? seed : name.Length);
        for (var i = 0; i < FileVariants; i++)
        {
            var variant = Mutate(lines, random, out var description);
            var result = Within(() => PdfTextFormImporter.Import(variant), $"{name} variant {i} ({description})");

            Assert.True(result.Forms.Count + result.Errors.Count > 0, $"{name} variant {i} ({description}) gave neither forms nor errors");
            Assert.All(result.Outcomes, o => Assert.Equal(o.Status == FormOutcomeStatus.Read, o.Form is not null));
            Assert.All(result.Forms, f => Assert.NotEmpty(f.Indicators));
        }
    }

    [Fact]
    public void Every_regional_test_document_is_in_the_fuzz_corpus_and_read_from_every_file_type()
    {
        string[] families = ["central", "sichuan", "hubei", "department-wide"];
        var documents = families
            .SelectMany(f => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", f), "*.txt").Select(p => $"{f}/{Path.GetFileName(p)}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        static List<string> Listed(Type type, string method) =>
            [.. type.GetMethod(method)!.GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
                .SelectMany(a => a.GetData(null!)).Select(d => $"{d[0]}/{d[1]}").Order(StringComparer.Ordinal)];

        Assert.NotEmpty(documents);
        Assert.Equal(documents, Listed(typeof(ImportRobustnessTests), nameof(Mutated_regional_template_documents_are_either_imported_or_refused_never_thrown)));
        Assert.Equal(documents, Listed(typeof(RegionalFileTypeTests), nameof(RegionalFileTypeTests.The_same_forms_come_from_a_pdf_drawn_in_any_order_a_word_document_and_a_workbook)));
    }

    /// <summary>Longest one document may take in the campaigns below (a hang fails the test instead of stalling it).</summary>
    private static readonly TimeSpan PerDocument = TimeSpan.FromSeconds(20);

    private static readonly int FileVariants = Math.Max(60, Variants / 5);

    [Fact]
    public void Mutated_seed_as_pdf_with_scrambled_drawing_order_is_either_imported_or_refused_within_a_time_limit_per_document()
    {
        var lines = SeedForms.Text.Split('\n');
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("PERFEVAL_FUZZ_SEED"), out var seed) ? seed : 20241126);
        for (var i = 0; i < FileVariants; i++)
        {
            var variant = Mutate(lines, random, out var description).Split('\n');
            var bytes = TestPdfs.Text(variant, random.Next(2) == 0 ? new Random(i) : null);
            var result = Within(() => PdfFormImporter.Import(bytes), $"pdf variant {i} ({description})");

            Assert.True(result.Forms.Count + result.Errors.Count > 0, $"pdf variant {i} ({description}) gave neither forms nor errors");
            Assert.All(result.Outcomes, o => Assert.True(o.Form is not null || o.Problems.Count > 0));
        }
    }

    [Theory]
    [InlineData("central", "cell-per-line-yuan-placeholders.txt")]
    [InlineData("sichuan", "pipe-rows-scored.txt")]
    [InlineData("hubei", "two-forms-one-cut.txt")]
    [InlineData("department-wide", "row-per-line-with-figures.txt")]
    [InlineData("department-wide", "income-rows-2021-template.txt")]
    public void Mutated_regional_documents_as_workbooks_are_either_imported_or_refused_within_a_time_limit_per_document(string family, string name)
    {
        var lines = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", family, name)).Split('\n');
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("PERFEVAL_FUZZ_SEED"), out var seed) ? seed : name.Length + 7);
        for (var i = 0; i < FileVariants / 3; i++)
        {
            var variant = Mutate(lines, random, out var description).Split('\n');
            var bytes = TestXlsx.FromLines(variant);
            var result = Within(() => XlsxFormImporter.Import(bytes), $"{name} xlsx variant {i} ({description})");

            Assert.True(result.Forms.Count + result.Errors.Count > 0, $"{name} xlsx variant {i} ({description}) gave neither forms nor errors");
            Assert.All(result.Outcomes, o => Assert.Equal(o.Status == FormOutcomeStatus.Read, o.Form is not null));
        }
    }

    [Fact]
    public void Mutated_seed_as_docx_is_either_imported_or_refused_within_a_time_limit_per_document()
    {
        var lines = SeedForms.Text.Split('\n');
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("PERFEVAL_FUZZ_SEED"), out var seed) ? seed : 20241127);
        for (var i = 0; i < FileVariants; i++)
        {
            var variant = Mutate(lines, random, out var description).Split('\n');
            var bytes = TestDocx.FromLines(variant);
            var result = Within(() => DocxFormImporter.Import(bytes), $"docx variant {i} ({description})");

            Assert.True(result.Forms.Count + result.Errors.Count > 0, $"docx variant {i} ({description}) gave neither forms nor errors");
        }
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public void Corrupted_pdf_and_docx_bytes_are_refused_or_read_never_thrown_within_a_time_limit(string kind)
    {
        var lines = SeedForms.Text.Split('\n');
        var original = kind == "pdf" ? TestPdfs.Text(lines) : TestDocx.FromLines(lines);
        var random = new Random(kind == "pdf" ? 11 : 13);
        for (var i = 0; i < FileVariants; i++)
        {
            var bytes = Corrupt(original, random, i);
            // The readers themselves, not FormImporter: its last-resort catch would hide a defect here.
            var result = Within(() => kind == "pdf" ? PdfFormImporter.Import(bytes) : DocxFormImporter.Import(bytes), $"{kind} corruption {i}");

            Assert.True(result.Forms.Count + result.Errors.Count > 0, $"{kind} corruption {i} gave neither forms nor errors");
        }
    }

    private static ImportResult Within(Func<ImportResult> import, string what)
    {
        var work = Task.Run(import);
        Assert.True(work.Wait(PerDocument), $"{what} took longer than {PerDocument}");
        return work.Result;
    }

    private static byte[] Corrupt(byte[] original, Random random, int i)
    {
        var bytes = (byte[])original.Clone();
        switch (i % 4)
        {
            case 0:
                for (var k = 0; k < 8; k++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
                }

                return bytes;
            case 1:
                return bytes[..random.Next(bytes.Length)];
            case 2:
                random.NextBytes(bytes.AsSpan(random.Next(bytes.Length / 2), 64));
                return bytes;
            default:
                // A block moved elsewhere: offsets and lengths that no longer point where they say.
                var at = random.Next(bytes.Length / 2);
                var length = random.Next(1, Math.Min(512, bytes.Length - at));
                var block = bytes[at..(at + length)];
                var rest = bytes[..at].Concat(bytes[(at + length)..]).ToList();
                rest.InsertRange(random.Next(rest.Count), block);
                return [.. rest];
        }
    }

    [Fact]
    public void Corrupted_xlsx_bytes_are_refused_or_read_never_thrown()
    {
        var original = XlsxFormExporter.ToBytes([SeedForms.MemberCard]);
        var random = new Random(7);

        for (var i = 0; i < 30; i++)
        {
            var bytes = (byte[])original.Clone();
            switch (i % 3)
            {
                case 0:
                    for (var k = 0; k < 8; k++)
                    {
                        bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
                    }

                    break;
                case 1:
                    bytes = bytes[..random.Next(bytes.Length)];
                    break;
                default:
                    random.NextBytes(bytes.AsSpan(random.Next(bytes.Length / 2), 64));
                    break;
            }

            var result = FormImporter.Import(new MemoryStream(bytes), "broken.xlsx");

            Assert.True(result.Forms.Count + result.Errors.Count > 0);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("[null]")]
    [InlineData("{\"header\":null,\"funds\":null,\"goals\":null,\"indicators\":null}")]
    [InlineData("{\"header\":{\"projectName\":\"x\"}}")]
    [InlineData("{} {}")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    [InlineData("{\"header\":{\"projectName\":\"x\",\"competentDepartment\":\"d\",\"implementingUnit\":\"u\",\"fiscalYear\":\"2024\"}}")]
    public void Malformed_json_is_refused_with_errors(string json)
    {
        var result = FormImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(json)), "bad.json");

        Assert.Empty(result.Forms);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void A_truncated_json_export_is_refused_with_its_location()
    {
        var json = JsonFormExporter.ToJson(SeedForms.RetireeCommittee);

        var result = FormImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(json[..(json.Length / 2)])), "cut.json");

        var error = Assert.Single(result.Errors);
        Assert.Contains("line", error.Location);
    }

    private static string Mutate(string[] lines, Random random, out string description)
    {
        var list = lines.ToList();
        var operations = random.Next(1, 4);
        var names = new List<string>();
        for (var o = 0; o < operations && list.Count > 1; o++)
        {
            var at = random.Next(list.Count);
            switch (random.Next(7))
            {
                case 0:
                    list.RemoveRange(at, Math.Min(random.Next(1, 6), list.Count - at));
                    names.Add($"cut@{at}");
                    break;
                case 1:
                    var other = random.Next(list.Count);
                    (list[at], list[other]) = (list[other], list[at]);
                    names.Add($"swap@{at},{other}");
                    break;
                case 2:
                    list.Insert(at, list[random.Next(list.Count)]);
                    names.Add($"dup@{at}");
                    break;
                case 3:
                    list = list.Take(at).ToList();
                    names.Add($"truncate@{at}");
                    break;
                case 4:
                    var line = list[at];
                    if (line.Length > 0)
                    {
                        var c = random.Next(line.Length);
                        list[at] = line[..c] + Junk[random.Next(Junk.Length)] + line[(c + 1)..];
                    }

                    names.Add($"corrupt@{at}");
                    break;
                case 5:
                    list.Insert(at, Junk[random.Next(Junk.Length)]);
                    names.Add($"insert@{at}");
                    break;
                default:
                    list = list.OrderBy(_ => random.Next()).ToList();
                    names.Add("shuffle");
                    break;
            }
        }

        description = string.Join(' ', names);
        return string.Join('\n', list);
    }
}
