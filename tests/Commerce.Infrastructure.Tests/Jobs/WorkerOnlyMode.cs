using System.ComponentModel.DataAnnotations;
using Commerce.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;

namespace Commerce.Infrastructure.Tests.Jobs;

public sealed class WorkerOnlyMode
{
    [Fact]
    public void IsReadFromJobsWorkerOnlyAndOffByDefault()
    {
        var worker = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:WorkerOnly"] = "true" }).Build();
        var web = new ConfigurationBuilder().Build();

        Assert.True(worker.IsWorkerOnly());
        Assert.False(web.IsWorkerOnly());
    }

    [Fact]
    public void AWorkerThatDoesNotRunTheJobServerIsAConfigurationError()
    {
        var options = new JobOptions { WorkerOnly = true, RunServer = false };

        var errors = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true));
        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Jobs:WorkerOnly"));
        Assert.True(new JobOptions { WorkerOnly = true }.RunsServerHere);
    }
}
