namespace Commerce.Infrastructure.Notifications.Rendering;

/// <summary>A rendered email: its subject and the same message as HTML and as plain text.</summary>
public sealed record EmailContent(string Subject, string Html, string Text);

/// <summary>What rendering produced: the content, or why the email no longer applies and should not be sent.</summary>
public sealed record RenderResult(EmailContent? Content, string? SkipReason)
{
    public static RenderResult Send(EmailContent content) => new(content, null);
    public static RenderResult Skip(string reason) => new(null, reason);
}

/// <summary>One line of an order or cart as an email lists it.</summary>
internal sealed record EmailLine(string Name, string? Detail, int Quantity, string Amount);
