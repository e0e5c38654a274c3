using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Jobs;

/// <summary>Puts the recurring jobs into Hangfire when a process that runs the job server starts.</summary>
internal sealed class RecurringJobRegistrar(IRecurringJobManager jobs, IOptions<JobOptions> options, IConfiguration configuration) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        JobSchedule.Register(jobs, options.Value, SearchReindexJob.UsesElasticsearch(configuration));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
