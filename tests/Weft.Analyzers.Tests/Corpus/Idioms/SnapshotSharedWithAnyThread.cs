// Decision: a callback posted to main reads main's own Current (main is a pool thread with slot values), so the
// pool.Main.Post line stays unmarked; every other entry point below leaves the pool.
// The any-thread idiom done wrong: each entry point reads Current itself instead of the captured snapshot.
using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.AnyThread;

[ThreadLocalSlot]
public sealed partial class Config
{
    public ImmutableArray<string> Hosts { get; init; }
    public TimeSpan Timeout { get; init; }
}

public static class Readers
{
    public static async Task ShareAsync(WorkerPool pool)
    {
        await Task.Run(() => Console.WriteLine(Config.Current.Hosts.Length)); // expect: WEFT0005
        ThreadPool.QueueUserWorkItem(_ => Console.WriteLine(Config.Current.Timeout)); // expect: WEFT0005
        Parallel.ForEach(new[] { 1, 2 }, i => Console.WriteLine(Config.Current.Hosts[i])); // expect: WEFT0005
        using var timer = new System.Threading.Timer(_ => Console.WriteLine(Config.Current.Hosts.Length), null, 0, Timeout.Infinite); // expect: WEFT0005
        pool.Main.Post(() => Console.WriteLine(Config.Current.Timeout));
        new Thread(() => Console.WriteLine(Config.Current.Hosts.IsEmpty)).Start(); // expect: WEFT0005
        await Task.Delay(1).ConfigureAwait(false);
        Console.WriteLine(Config.Current.Hosts.Length); // expect: WEFT0005
    }
}
