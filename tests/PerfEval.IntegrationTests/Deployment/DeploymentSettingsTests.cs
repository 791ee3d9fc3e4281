using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Scoring;
using PerfEval.Platform.Configuration;
using PerfEval.Platform.Jobs;
using PerfEval.TestFiles;

namespace PerfEval.IntegrationTests.Deployment;

/// <summary>
/// The settings the deployment files give the platform (Kubernetes manifests, docker-compose) are settings the
/// platform has, with values it accepts: a misspelt or removed key would otherwise be ignored silently.
/// </summary>
public sealed partial class DeploymentSettingsTests
{
    public static TheoryData<string> DeploymentFiles()
    {
        var data = new TheoryData<string>();
        var root = Repository.Root;
        data.Add("docker-compose.yml");
        foreach (var file in Directory.GetFiles(Path.Combine(root, "deploy", "k8s"), "*.yaml").Order())
        {
            data.Add(Path.GetRelativePath(root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeploymentFiles))]
    public void Every_setting_in_a_deployment_file_binds_to_a_platform_setting(string file)
    {
        var settings = Settings(File.ReadAllText(Path.Combine(Repository.Root, file)));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Action<BinderOptions> strict = o => o.ErrorOnUnknownConfiguration = true;

        foreach (var section in configuration.GetChildren())
        {
            switch (section.Key)
            {
                case PlatformOptions.Section:
                    section.Get<PlatformOptions>(strict);
                    break;
                case JobOptions.Section:
                    section.Get<JobOptions>(strict);
                    break;
                case AuthOptions.Section:
                    section.Get<AuthOptions>(strict);
                    break;
                case InputLimits.Section:
                    section.Get<InputLimits>(strict);
                    break;
                case "ConnectionStrings":
                    Assert.All(section.GetChildren(), c =>
                        Assert.Contains(c.Key, new[] { ConnectionNames.Postgres, ConnectionNames.RabbitMq }));
                    break;
                case "Scoring":
                    Assert.Equal(["Profile"], section.GetChildren().Select(c => c.Key));
                    Assert.NotNull(ScoringProfile.ByName(section["Profile"]!));
                    break;
                case "Serilog":
                    Assert.All(section.GetChildren(), c => Assert.Equal("MinimumLevel", c.Key));
                    break;
                default:
                    Assert.Fail($"{file}: '{section.Key}' is not a settings section of the platform.");
                    break;
            }
        }
    }

    [Fact]
    public void The_manifests_run_the_worker_side_only_in_the_workers_and_the_daemon_in_hot_cold_mode()
    {
        var root = Repository.Root;
        var api = Settings(File.ReadAllText(Path.Combine(root, "deploy", "k8s", "api.yaml")));
        var worker = Settings(File.ReadAllText(Path.Combine(root, "deploy", "k8s", "worker.yaml")));
        var shared = Settings(File.ReadAllText(Path.Combine(root, "deploy", "k8s", "config.yaml")));

        Assert.Equal("false", api["PerfEval:RunWorker"]);
        Assert.Equal("HotCold", worker["PerfEval:DaemonMode"]);
        Assert.Equal("true", shared["PerfEval:QuorumQueues"]);
        Assert.Equal("false", shared["Auth:DevTokens"]);
    }

    [Fact]
    public void The_settings_reader_finds_environment_entries_of_both_forms()
    {
        const string yaml = """
            data:
              PerfEval__Schema: perfeval
              Jobs__WorkerCount: "4"
            env:
              - name: Auth__Audience
                value: perfeval-api
              - name: PG_USER
                valueFrom: { secretKeyRef: { name: x, key: username } }
            """;

        var settings = Settings(yaml);

        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["PerfEval:Schema"] = "perfeval",
                ["Jobs:WorkerCount"] = "4",
                ["Auth:Audience"] = "perfeval-api",
            },
            settings);
    }

    /// <summary>Environment settings (names with "__") of a YAML file, as configuration keys.</summary>
    private static Dictionary<string, string?> Settings(string yaml)
    {
        var settings = new Dictionary<string, string?>();
        foreach (Match m in EnvEntry().Matches(yaml))
        {
            settings[m.Groups["key"].Value.Replace("__", ":")] = Unquote(m.Groups["value"].Value);
        }

        foreach (Match m in MapEntry().Matches(yaml))
        {
            settings[m.Groups["key"].Value.Replace("__", ":")] = Unquote(m.Groups["value"].Value);
        }

        return settings;
    }

    private static string Unquote(string value) => value.Trim().Trim('"');

    [GeneratedRegex(@"-\s+name:\s*(?<key>[A-Za-z]+(?:__[A-Za-z]+)+)\s*\n\s*value:\s*(?<value>[^\n]+)")]
    private static partial Regex EnvEntry();

    [GeneratedRegex(@"^\s+(?<key>[A-Za-z]+(?:__[A-Za-z]+)+):\s*(?<value>[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex MapEntry();

}
