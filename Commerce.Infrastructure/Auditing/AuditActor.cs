namespace Commerce.Infrastructure.Auditing;

/// <summary>
/// Who is making the changes saved in the current flow of work (a request, a Blazor circuit event, a job). The web
/// app sets it once per request and per circuit event; the audit interceptor reads it. Unset means the system.
/// </summary>
public static class AuditActor
{
    private static readonly AsyncLocal<string?> Current = new();

    public static string Name => Current.Value ?? "system";

    /// <summary>Sets the actor until the returned scope is disposed.</summary>
    public static IDisposable Use(string? actor)
    {
        var previous = Current.Value;
        Current.Value = string.IsNullOrWhiteSpace(actor) ? previous : actor;
        return new Scope(previous);
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
