// Quiet twin of AdminSnapshotElapsed: the logging runs on a loop timer of the worker that creates the logger.
using System;
using System.Collections.Immutable;
using Weft;
using Weft.Threading;

namespace Corpus6b.AdminSnapshotElapsed;

public sealed record Route(string Prefix, string Cluster);

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<Route> Routes { get; init; } = ImmutableArray<Route>.Empty;
}

public sealed class RouteSizeLogger : IDisposable
{
    private readonly DispatcherTimer _timer;
    private readonly Action<string> _log;

    public RouteSizeLogger(Action<string> log)
    {
        _log = log;
        _timer = Dispatcher.Current!.CreateTimer(OnElapsed);
        _timer.Enable(TimeSpan.FromMinutes(1));
    }

    private static RouteTable Table => RouteTable.Current;

    private void OnElapsed()
    {
        _log($"routes: {Table.Routes.Length}");
        _timer.Enable(TimeSpan.FromMinutes(1));
    }

    public void Dispose() => _timer.Dispose();
}
