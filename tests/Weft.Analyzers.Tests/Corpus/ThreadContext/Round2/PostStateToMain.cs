// Round 2. The allocation-free Post<TState> to main carries the worker's histogram as its state: main reads it while
// the worker keeps recording.
using System.Collections.Generic;
using Weft;

namespace Corpus.ThreadContext.Round2.PostState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Latencies
{
    public List<double> Samples { get; } = new();
}

public static class Reporter
{
    public static void Report(WorkerPool pool)
    {
        var latencies = Latencies.Current;
        pool.Main.Post(static l => System.Console.WriteLine(l.Samples.Count), latencies); // expect: WEFT0004
    }
}
