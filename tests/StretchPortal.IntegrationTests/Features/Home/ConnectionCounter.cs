using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StretchPortal.IntegrationTests.Features.Home;

/// <summary>Counts the database connections the portal opens, registered as an EF Core interceptor for the whole app.</summary>
internal sealed class ConnectionCounter : DbConnectionInterceptor
{
    private int opened;

    public int Opened => Volatile.Read(ref opened);

    public void Reset() => Interlocked.Exchange(ref opened, 0);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref opened);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref opened);
        return Task.CompletedTask;
    }
}
