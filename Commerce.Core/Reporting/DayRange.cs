using Commerce.Core.Common;

namespace Commerce.Core.Reporting;

public enum SalesInterval
{
    Day = 0,
    Week = 1,
    Month = 2,
}

/// <summary>Whole UTC days from <see cref="From"/> to <see cref="To"/>, both included.</summary>
public sealed record DayRange
{
    public const int MaxDays = 3660;

    public DayRange(DateOnly from, DateOnly to)
    {
        if (to < from) throw new DomainException("The end date must not be before the start date.");
        if (to.DayNumber - from.DayNumber >= MaxDays) throw new DomainException("Choose a range of at most ten years.");
        (From, To) = (from, to);
    }

    public DateOnly From { get; }
    public DateOnly To { get; }
    public int Days => To.DayNumber - From.DayNumber + 1;

    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    /// <summary>The first moment after the range (exclusive bound for queries).</summary>
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The last <paramref name="days"/> days up to and including <paramref name="today"/>.</summary>
    public static DayRange LastDays(DateOnly today, int days) => new(today.AddDays(1 - days), today);

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The start of each bucket of <paramref name="interval"/> the range touches (weeks start on Monday).</summary>
    public IReadOnlyList<DateOnly> Buckets(SalesInterval interval)
    {
        var buckets = new List<DateOnly>();
        for (var day = BucketOf(From, interval); day <= To; day = Next(day, interval)) buckets.Add(day);
        return buckets;
    }

    public static DateOnly BucketOf(DateOnly day, SalesInterval interval) => interval switch
    {
        SalesInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        SalesInterval.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    private static DateOnly Next(DateOnly bucket, SalesInterval interval) => interval switch
    {
        SalesInterval.Week => bucket.AddDays(7),
        SalesInterval.Month => bucket.AddMonths(1),
        _ => bucket.AddDays(1),
    };
}
