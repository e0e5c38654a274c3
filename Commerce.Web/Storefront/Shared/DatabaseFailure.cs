using System.Data.Common;

namespace Commerce.Web.Storefront.Shared;

/// <summary>
/// Recognises "the database is unreachable or failing": a DbException, or EF's wrapper around one when the
/// connection cannot be opened. Pages that must render anyway (layout, error pages) catch only these.
/// </summary>
public static class DatabaseFailure
{
    public static bool Is(Exception exception) =>
        exception is DbException || exception.InnerException is DbException
        || (exception is InvalidOperationException && exception.InnerException is TimeoutException or System.Net.Sockets.SocketException);
}
