// The same sampler with ConfigureAwait(false) on the tick: every tick runs on the thread pool.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Periodic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Window
{
    public Queue<long> Samples { get; } = new();
}

public static class Sampler
{
    public static async Task RunAsync(CancellationToken token)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var window = Window.Current;
        while (await timer.WaitForNextTickAsync(token).ConfigureAwait(false))
        {
            window.Samples.Enqueue(Environment.TickCount64); // expect: WEFT0004
        }
    }
}
