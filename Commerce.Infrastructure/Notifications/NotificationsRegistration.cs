using Commerce.Infrastructure.Notifications.Rendering;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Notifications;

public static class NotificationsRegistration
{
    /// <summary>The email outbox: options, rendering, the transport (SMTP or pickup folder) and the send jobs.</summary>
    public static IHostApplicationBuilder AddNotifications(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StoreBranding>().BindConfiguration(StoreBranding.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IMailTransport>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
            if (options.UsesSmtp) return ActivatorUtilities.CreateInstance<SmtpMailTransport>(provider);
            var root = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new PickupFolderMailTransport(Path.GetFullPath(options.PickupDirectory ?? Path.Combine(".data", "mail"), root));
        });
        services.AddSingleton<EmailRenderer>();
        services.AddSingleton<EmailDispatch>();
        services.AddScoped<OutboxDispatcher>();
        services.AddSingleton<IdentityEmailSender>();
        return builder;
    }
}
