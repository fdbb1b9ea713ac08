// A snapshot is immutable: reading it (captured, not through Current) on the thread pool, in Parallel, in a timer,
// on another dispatcher or on a new thread is fine.
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
        var config = Config.Current;
        await Task.Run(() => Console.WriteLine(config.Hosts.Length));
        ThreadPool.QueueUserWorkItem(_ => Console.WriteLine(config.Timeout));
        Parallel.ForEach(config.Hosts, host => Console.WriteLine(host));
        using var timer = new System.Threading.Timer(_ => Console.WriteLine(config.Hosts.Length), null, 0, Timeout.Infinite);
        pool.Main.Post(() => Console.WriteLine(config.Timeout));
        new Thread(() => Console.WriteLine(config.Hosts.IsEmpty)).Start();
        await Task.Delay(config.Timeout).ConfigureAwait(false);
        Console.WriteLine(config.Hosts.Length);
    }
}
