using System.Net.Sockets;
using Npgsql;

namespace PerfEval.Platform.Health;

/// <summary>
/// Whether an error means "PostgreSQL is away for now" (down, restarting, unreachable), however deep Marten, Hangfire
/// or MassTransit wrap it. The API answers such errors with 503 and the consumers retry them; anything else is a bug
/// or bad data and is not retried.
/// </summary>
public static class DatabaseOutage
{
    // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up), 08xxx connection exceptions.
    private static readonly string[] OutageStates = ["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"];

    public static bool IsCause(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres when OutageStates.Contains(postgres.SqlState):
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                case TimeoutException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsCause):
                    return true;
            }
        }

        return false;
    }
}
