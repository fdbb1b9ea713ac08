// C# 14 null-conditional assignment in a System.Threading.Timer callback over the snapshot read on the worker (an
// immutable snapshot may go anywhere).
using System;
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.R12.NullConditionalInTimerQuiet;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<string> Prefixes { get; init; } = [];
}

public sealed class Status
{
    public int RouteCount { get; set; }
}

public static class StatusTimer
{
    public static Timer Start(Status? status)
    {
        var routes = Routes.Current;
        return new(_ => status?.RouteCount = routes.Prefixes.Length, null, TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }
}
