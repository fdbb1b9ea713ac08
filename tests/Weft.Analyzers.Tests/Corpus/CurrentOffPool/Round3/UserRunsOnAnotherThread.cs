// Round 3. The team's own off-loading helper declares [RunsOnAnotherThread]; a lambda handed to it reads Current.
using System;
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.CurrentOffPool.Round3.UserRunsOnAnotherThread;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Background
{
    public static void Offload([RunsOnAnotherThread] Action work) => new Thread(() => work()).Start();
}

public static class Stats
{
    public static void Dump() => Background.Offload(() => Console.WriteLine(RouteTable.Current.Hosts.Length)); // expect: WEFT0005 "RouteTable"
}
