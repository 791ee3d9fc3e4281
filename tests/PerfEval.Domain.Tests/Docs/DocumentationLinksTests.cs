using System.Text;
using System.Text.RegularExpressions;
using PerfEval.TestFiles;

namespace PerfEval.Domain.Tests.Docs;

/// <summary>
/// Code comments and documents point at each other's headings (<c>docs/domain-rules.md#grades</c>); a heading renamed
/// or a file moved would leave the pointer leading nowhere. Every such reference in the repository must name a file that
/// exists and, when it names an anchor, a heading or <c>&lt;a id&gt;</c> of that file.
/// </summary>
public sealed partial class DocumentationLinksTests
{
    private static readonly string Root = Repository.Root;

    private static readonly string[] Skipped = ["bin", "obj", "node_modules", "dist", "wwwroot", ".git", "test-results", "TestData"];

    [Fact]
    public void Every_reference_to_a_document_names_an_existing_file_and_heading()
    {
        var broken = new List<string>();
        var anchors = new Dictionary<string, HashSet<string>>();
        HashSet<string> AnchorsOf(string document)
        {
            if (!anchors.TryGetValue(document, out var found))
            {
                anchors[document] = found = Anchors(File.ReadAllText(document));
            }

            return found;
        }

        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(Root, file);
            var references = RootedReference().Matches(text).Select(m => (Path.Combine(Root, m.Groups["path"].Value), m.Groups["anchor"].Value));
            if (file.EndsWith(".md", StringComparison.Ordinal))
            {
                references = references.Concat(MarkdownLink().Matches(text)
                    .Where(m => !m.Groups["path"].Value.Contains("://", StringComparison.Ordinal)
                        && !m.Groups["path"].Value.StartsWith("mailto:", StringComparison.Ordinal))
                    .Select(m => (
                        m.Groups["path"].Value.Length == 0 ? file : Path.Combine(Path.GetDirectoryName(file)!, m.Groups["path"].Value),
                        m.Groups["anchor"].Value)));
            }

            foreach (var (target, anchor) in references)
            {
                var path = Path.GetFullPath(target);
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    broken.Add($"{name}: {Path.GetRelativePath(Root, path)} does not exist");
                }
                else if (anchor.Length > 0 && path.EndsWith(".md", StringComparison.Ordinal) && !AnchorsOf(path).Contains(anchor))
                {
                    broken.Add($"{name}: {Path.GetRelativePath(Root, path)} has no heading #{anchor}");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken.Distinct()));
    }

    [Theory]
    [InlineData("## One submission, from HTTP to the yearly figures", "one-submission-from-http-to-the-yearly-figures")]
    [InlineData("### Recording and re-check tasks", "recording-and-re-check-tasks")]
    [InlineData("## Sampling (抽评)", "sampling-抽评")]
    [InlineData("#### Kept: a claim's review task read in the command's transaction", "kept-a-claims-review-task-read-in-the-commands-transaction")]
    public void A_heading_is_reached_by_its_slug(string heading, string anchor) =>
        Assert.Contains(anchor, Anchors(heading));

    [Fact]
    public void A_reference_to_a_missing_heading_is_found()
    {
        var anchors = Anchors("# Title\n\n## Grades\n\n<a id=\"round-17\"></a>\n");
        Assert.Contains("grades", anchors);
        Assert.Contains("round-17", anchors);
        Assert.DoesNotContain("re-check-tasks", anchors);
    }

    /// <summary>The anchors of a Markdown document: its explicit ids and its headings' slugs, as GitHub makes them.</summary>
    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = ExplicitAnchor().Matches(markdown).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
        var inCode = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
            }
            else if (!inCode && Heading().Match(line) is { Success: true } heading)
            {
                var slug = new StringBuilder();
                foreach (var c in heading.Groups["text"].Value.Trim().ToLowerInvariant())
                {
                    if (c == ' ')
                    {
                        slug.Append('-');
                    }
                    else if (c is '-' or '_' || char.IsLetterOrDigit(c))
                    {
                        slug.Append(c);
                    }
                }

                anchors.Add(slug.ToString());
            }
        }

        return anchors;
    }

    private static IEnumerable<string> SourceFiles() =>
        Walk(Root).Where(f => Path.GetExtension(f) is ".md" or ".cs" or ".ts" or ".tsx" or ".sh" or ".yml" or ".yaml");

    private static IEnumerable<string> Walk(string directory) =>
        Directory.EnumerateFiles(directory).Concat(Directory.EnumerateDirectories(directory)
            .Where(d => !Skipped.Contains(Path.GetFileName(d)))
            .SelectMany(Walk));

    /// <summary>A path from the repository's root to a document, as code comments write it: docs/domain-rules.md#grades.</summary>
    [GeneratedRegex(@"(?<![\w./-])(?<path>(?:docs|src|tests|deploy)/[\w./-]*\.md)(?:#(?<anchor>[\w-]+))?")]
    private static partial Regex RootedReference();

    /// <summary>A Markdown link to a local file or anchor: [text](path#anchor), [text](#anchor).</summary>
    [GeneratedRegex(@"\]\((?<path>[^)#\s]*)(?:#(?<anchor>[^)\s]+))?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"<a id=""(?<id>[^""]+)""")]
    private static partial Regex ExplicitAnchor();

    [GeneratedRegex(@"^#{1,6} (?<text>.+?)\s*$")]
    private static partial Regex Heading();
}
