// PeriodicTimer awaited plainly on a worker resumes on the worker, so Current and worker state stay valid.
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

[ThreadLocalSlot]
public sealed partial class WindowConfig
{
    public int Size { get; init; }
}

public static class Sampler
{
    public static async Task RunAsync(CancellationToken token)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var window = Window.Current;
        while (await timer.WaitForNextTickAsync(token))
        {
            window.Samples.Enqueue(Environment.TickCount64);
            while (window.Samples.Count > WindowConfig.Current.Size)
            {
                window.Samples.Dequeue();
            }
        }
    }
}
