// Admin endpoint that logs the route table size every minute. Defect: the logger is a System.Timers.Timer whose
// Elapsed handler is an instance method reading the table through a convenience property over RouteTable.Current
// — Elapsed runs on the thread pool (WEFT0005; reading taken: the read is reported in the property's use inside
// the handler; #escape with the property's own body and the `+=` hand-off, since the page does not say which).
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
    private readonly System.Timers.Timer _timer = new(TimeSpan.FromMinutes(1));
    private readonly Action<string> _log;

    public RouteSizeLogger(Action<string> log)
    {
        _log = log;
        _timer.Elapsed += OnElapsed; // expect: WEFT0005 #escape
        _timer.Start();
    }

    private static RouteTable Table => RouteTable.Current; // expect: WEFT0005 #escape

    private void OnElapsed(object? sender, System.Timers.ElapsedEventArgs e) =>
        _log($"routes: {Table.Routes.Length}"); // expect: WEFT0005 #escape

    public void Dispose() => _timer.Dispose();
}
