using Commerce.Web.Security;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Commerce.Web.Hosting;

internal static class OperationalEndpoints
{
    public static void MapOperationalEndpoints(this WebApplication app)
    {
        // Live: the process answers. Ready: it can reach its database.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

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
