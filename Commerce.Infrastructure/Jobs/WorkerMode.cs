using Microsoft.Extensions.Configuration;

namespace Commerce.Infrastructure.Jobs;

public static class WorkerMode
{
    /// <summary>True when this process only runs background jobs (<c>Jobs:WorkerOnly</c>): no pages, only health endpoints.</summary>
    public static bool IsWorkerOnly(this IConfiguration configuration) => configuration.GetValue<bool>($"{JobOptions.Section}:WorkerOnly");
}
