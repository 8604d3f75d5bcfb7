using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using StretchPortal.Web.Data;
using StretchPortal.Web.Infrastructure.Startup;

namespace StretchPortal.IntegrationTests.Features.Resilience;

public sealed class SqlServerRetryTests
{
    [Fact]
    public async Task On_SQL_Server_every_save_and_query_is_retried_on_transient_faults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:SqlServer"] = "Server=nowhere.invalid;Database=StretchPortal;Integrated Security=true;TrustServerCertificate=true",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddHttpContextAccessor().AddSingleton(TimeProvider.System)
            .AddStretchPortalData(configuration, new Environment());
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StretchPortalDbContext>();

        var strategy = db.Database.CreateExecutionStrategy();

        Assert.IsType<SqlServerStretchPortalDbContext>(db);
        Assert.IsType<SqlServerRetryingExecutionStrategy>(strategy);
        Assert.True(strategy.RetriesOnFailure);
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "StretchPortal.Web";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
