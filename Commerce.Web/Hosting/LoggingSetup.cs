using Serilog;

namespace Commerce.Web.Hosting;

internal static class LoggingSetup
{
    /// <summary>Serilog with one structured line per request; levels come from the "Serilog" configuration section.</summary>
    public static void AddStructuredLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext:l}: {Message:lj}{NewLine}{Exception}"));
}
