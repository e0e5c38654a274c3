using System.ComponentModel.DataAnnotations;

namespace Commerce.Infrastructure.Jobs;

/// <summary>Background job settings; bound from <c>Jobs</c>.</summary>
public sealed class JobOptions : IValidatableObject
{
    public const string Section = "Jobs";

    /// <summary>Run the Hangfire server in this process (on by default; turn off on web nodes when a worker runs the jobs).</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>This process is a worker: it runs the Hangfire server and serves no pages, only health endpoints.</summary>
    public bool WorkerOnly { get; set; }

    /// <summary>Guest carts untouched this long are deleted.</summary>
    public TimeSpan GuestCartLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Empty carts (guest or customer) untouched this long are deleted.</summary>
    public TimeSpan EmptyCartLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A cart with items and an email, idle this long, gets one reminder.</summary>
    public TimeSpan AbandonedCartAfter { get; set; } = TimeSpan.FromHours(4);

    public JobSchedules Schedules { get; set; } = new();

    public bool RunsServerHere => RunServer || WorkerOnly;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (WorkerOnly && !RunServer)
            yield return new ValidationResult("Jobs:WorkerOnly=true needs the job server: remove Jobs:RunServer=false.", [nameof(WorkerOnly)]);
        if (GuestCartLifetime <= TimeSpan.Zero || EmptyCartLifetime <= TimeSpan.Zero || AbandonedCartAfter <= TimeSpan.Zero)
            yield return new ValidationResult("Jobs:GuestCartLifetime, EmptyCartLifetime and AbandonedCartAfter must be positive durations.");
    }
}

/// <summary>Cron expressions (UTC) for the recurring jobs, from <c>Jobs:Schedules:*</c>. An empty value turns a job off.</summary>
public sealed class JobSchedules
{
    public string? EmailSweep { get; set; } = "* * * * *";
    public string? ReservationExpiry { get; set; } = "* * * * *";
    public string? BackInStock { get; set; } = "*/5 * * * *";
    public string? AbandonedCart { get; set; } = "*/15 * * * *";
    /// <summary>Hourly, but each variant is reported at most once a day.</summary>
    public string? LowStockAlert { get; set; } = "5 * * * *";
    public string? CartCleanup { get; set; } = "30 3 * * *";
    public string? StatsRefresh { get; set; } = "0 3 * * *";
    /// <summary>Weekly on Monday morning: pays each vendor's available balance above Marketplace:MinimumPayout.</summary>
    public string? VendorPayouts { get; set; } = "0 6 * * 1";
    /// <summary>Only scheduled when Search:Engine is Elasticsearch.</summary>
    public string? SearchReindex { get; set; } = "0 4 * * *";
}
