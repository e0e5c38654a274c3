using MimeKit;

namespace Commerce.Infrastructure.Notifications;

/// <summary>
/// Writes each message as an .eml file instead of sending it: the development and test stand-in for SMTP.
/// Files appear whole (written under a temporary name, then renamed), so a watcher never reads half a message.
/// </summary>
public sealed class PickupFolderMailTransport(string directory) : IMailTransport
{
    public string Directory { get; } = directory;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(Directory, name + ".tmp");
        await using (var file = File.Create(temporary))
            await message.WriteToAsync(file, cancellationToken);
        File.Move(temporary, Path.Combine(Directory, name + ".eml"));
    }
}
