// A PeriodicTimer loop whose tick is awaited with ConfigureAwait(false): after the first tick the body runs off the
// loop, and the snapshot's Current read there is not the worker's.
using System;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.PeriodicTimerConfigured;

[ThreadLocalSlot]
public sealed partial class Budget
{
    public int PerSecond { get; init; }
}

public static class Refill
{
    public static async Task RunAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
        {
            int tokens = Budget.Current.PerSecond; // expect: WEFT0005
            Console.WriteLine(tokens);
        }
    }
}
