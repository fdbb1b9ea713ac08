// Round 3. The same read, but queued to the thread pool from the main dispatcher's callback.
using System.Collections.Immutable;
using System.Threading;
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
        pool.Workers[0].Post(static () => ThreadPool.QueueUserWorkItem(_ => System.Console.WriteLine(RouteTable.Current.Hosts.Length))); // expect: WEFT0005 "RouteTable"
    }
}
