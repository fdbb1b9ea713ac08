// Round 3. The helper runs its delegate inline (no thread-role attribute): the read stays on the caller's thread.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus.CurrentOffPool.Round3.UserRunsOnAnotherThread;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Background
{
    public static void Offload(Action work) => work();
}

public static class Stats
{
    public static void Dump() => Background.Offload(() => Console.WriteLine(RouteTable.Current.Hosts.Length));
}
