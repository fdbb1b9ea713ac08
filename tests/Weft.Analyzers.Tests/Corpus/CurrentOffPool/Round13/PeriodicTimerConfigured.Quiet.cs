// The quiet twin: a plain await of the tick resumes on the worker.
using System;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.PeriodicTimerConfiguredQuiet;

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
        while (await timer.WaitForNextTickAsync(ct))
        {
            int tokens = Budget.Current.PerSecond;
            Console.WriteLine(tokens);
        }
    }
}
