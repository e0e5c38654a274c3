using Commerce.Infrastructure.Auditing;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Commerce.Web.Hosting;

/// <summary>
/// Tells the audit log who is acting: the signed-in user of each request, and of each event of an interactive
/// circuit (where there is no request). Everything saved while handling it is recorded under that name.
/// </summary>
internal static class AuditActorSetup
{
    public static IServiceCollection AddAuditActor(this IServiceCollection services) =>
        services.AddScoped<CircuitHandler, AuditActorCircuitHandler>();

    public static IApplicationBuilder UseAuditActor(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        using (AuditActor.Use(context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null))
            await next(context);
    });

    private sealed class AuditActorCircuitHandler(AuthenticationStateProvider authentication) : CircuitHandler
    {
        public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
            async context =>
            {
                var user = (await authentication.GetAuthenticationStateAsync()).User;
                using (AuditActor.Use(user.Identity?.IsAuthenticated == true ? user.Identity.Name : null))
                    await next(context);
            };
    }
}
