using Microsoft.Extensions.Configuration;

namespace PerfEval.Platform.Configuration;

public static class ConfigurationExtensions
{
    /// <summary>A connection string that must be set; fails at start-up with the setting's name when it is not.</summary>
    public static string RequiredConnectionString(this IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"The connection string '{name}' is not set. Set ConnectionStrings:{name} " +
                $"(environment variable ConnectionStrings__{name}); deploy/local/services.sh prints local values.");
}
