// Round 2. Post<TState> to main with an immutable copy of the samples as the state.
using System.Collections.Generic;
using System.Collections.Immutable;
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
        var samples = Latencies.Current.Samples.ToImmutableArray();
        pool.Main.Post(static s => System.Console.WriteLine(s.Length), samples);
    }
}
