using System.CommandLine;
using System.Text;
using PerfEval.Cli.Commands;

namespace PerfEval.Cli;

/// <summary>
/// perfeval: checks, converts and templates self-evaluation forms on a workstation, without any server.
/// Exit codes: 0 the file was read (findings or not); 1 the command line was wrong (for sample --verify: the redraw does
/// not match); 2 the file could not be read or written.
/// <c>verify</c> reads the platform's event store instead: 0 intact, 1 broken, 2 wrong command line or no connection.
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int Unreadable = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (ReferenceEquals(output, Console.Out))
        {
            Console.OutputEncoding = Encoding.UTF8;
        }

        var root = new RootCommand("perfeval — 财政项目支出绩效自评表: check the scores, convert between .txt/.xlsx/.json, write the template, verify a sample draw; verify the stored forms' hash chains.")
        {
            CheckCommand.Create(output, error),
            ConvertCommand.Create(error),
            TemplateCommand.Create(error),
            VerifyCommand.Create(output, error),
            SampleCommand.Create(output, error),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
