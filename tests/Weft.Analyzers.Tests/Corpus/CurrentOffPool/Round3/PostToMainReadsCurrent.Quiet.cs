// Round 3. Callbacks posted to the pool's main dispatcher and to a worker read Current there: both are pool threads, quiet.
using System.Collections.Immutable;
using Weft;

namespace Corpus.CurrentOffPool.Round3.PostToMainReadsCurrent;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Dump
{
    public static void Everywhere(WorkerPool pool)
    {
        pool.Main.Post(() => System.Console.WriteLine(RouteTable.Current.Hosts.Length));
        pool.Workers[0].Post(static () => System.Console.WriteLine(RouteTable.Current.Hosts.Length));
    }
}
