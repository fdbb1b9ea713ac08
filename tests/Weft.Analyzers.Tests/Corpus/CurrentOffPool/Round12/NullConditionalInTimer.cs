// C# 14 null-conditional assignment in a System.Threading.Timer callback whose right side reads Current on the
// timer's thread.
using System;
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.R12.NullConditionalInTimer;

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
    public static Timer Start(Status? status) =>
        new(_ => status?.RouteCount = Routes.Current.Prefixes.Length, null, TimeSpan.Zero, TimeSpan.FromSeconds(1)); // expect: WEFT0005
}
