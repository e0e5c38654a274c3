using Commerce.Web.Security;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Commerce.Web.Hosting;

internal static class OperationalEndpoints
{
    /// <summary>
    /// Live: the process answers. Ready: it can reach its database (503 when not); the JSON body also says how each
    /// dependency is doing, e.g. the payment provider's circuit (Degraded: still 200, pages and carts keep working).
    /// </summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = HealthReportJson.WriteAsync,
        });
    }

    public static void MapOperationalEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();

        app.MapHangfireDashboard("/admin/jobs", new DashboardOptions
        {
            Authorization = [new AdminOnlyDashboardFilter()],
            DashboardTitle = "Commerce background jobs",
            AppPath = "/admin",
        }).RequireAuthorization(Policies.Admin);
    }

    private sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User.IsInRole(Core.Roles.Admin);
    }
}
