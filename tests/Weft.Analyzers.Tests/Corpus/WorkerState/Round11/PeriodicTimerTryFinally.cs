// A PeriodicTimer loop whose tick await is configured off the loop, inside try/finally: the body and the finally run
// on the pool. The variable is reported once, at its first use off the loop.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.PeriodicTimerTryFinally;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Window
{
    public Queue<long> Samples { get; } = new();
}

public static class Sampler
{
    public static async Task RunAsync(CancellationToken ct)
    {
        var window = Window.Current;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
            {
                window.Samples.Enqueue(Environment.TickCount64); // expect: WEFT0004
            }
        }
        finally
        {
            window.Samples.Clear();
        }
    }
}
