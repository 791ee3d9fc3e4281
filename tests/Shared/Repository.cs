namespace PerfEval.TestFiles;

/// <summary>
/// The repository's root folder, found above the test's build output by the solution file. Shared by the test projects
/// that read the repository's own files (linked into each).
/// </summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PerfEval.Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (PerfEval.Platform.sln) is not above the test output.");
    }
}
