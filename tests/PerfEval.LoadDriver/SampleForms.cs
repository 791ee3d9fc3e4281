using System.Text;

namespace PerfEval.LoadDriver;

/// <summary>
/// The forms the simulated units send: the sample JSON form (one draft per request) and import files made of the
/// five real 2024 seed forms repeated, so every import parses the real PDF-text layout.
/// </summary>
public sealed class SampleForms
{
    private const int FormsInSeedFile = 5;

    private SampleForms(byte[] json, byte[] importFile, int formsPerFile)
    {
        Json = json;
        ImportFile = importFile;
        FormsPerFile = formsPerFile;
    }

    public byte[] Json { get; }
    public byte[] ImportFile { get; }
    public int FormsPerFile { get; }

    public static SampleForms Load(int seedCopiesPerFile)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData");
        var json = File.ReadAllBytes(Path.Combine(folder, "form.json"));
        var seed = File.ReadAllText(Path.Combine(folder, "seed-forms-2024.txt"), Encoding.UTF8);
        var file = new StringBuilder();
        for (var i = 0; i < seedCopiesPerFile; i++)
        {
            file.Append(seed).Append('\n');
        }

        return new SampleForms(json, Encoding.UTF8.GetBytes(file.ToString()), seedCopiesPerFile * FormsInSeedFile);
    }

    public HttpContent JsonContent()
    {
        var content = new ByteArrayContent(Json);
        content.Headers.ContentType = new("application/json");
        return content;
    }

    public HttpContent ImportContent()
    {
        var file = new ByteArrayContent(ImportFile);
        file.Headers.ContentType = new("text/plain");
        return new MultipartFormDataContent { { file, "file", "forms-2024.txt" } };
    }
}
