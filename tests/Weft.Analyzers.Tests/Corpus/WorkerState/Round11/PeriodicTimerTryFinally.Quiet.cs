// Quiet twin: the tick await resumes on the worker's loop.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.PeriodicTimerTryFinallyQuiet;

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
            while (await timer.WaitForNextTickAsync(ct))
            {
                window.Samples.Enqueue(Environment.TickCount64);
            }
        }
        finally
        {
            window.Samples.Clear();
        }
    }
}
