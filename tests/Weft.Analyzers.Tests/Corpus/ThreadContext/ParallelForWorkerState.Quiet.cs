// Parallel.For fills a local array; the worker copies the result into its own dictionary afterwards.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.ParallelFor;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scoreboard
{
    public Dictionary<int, long> Scores { get; } = new();
}

public static class Scoring
{
    public static void Warm(int n)
    {
        var board = Scoreboard.Current;
        var computed = new long[n];
        Parallel.For(0, n, i => computed[i] = (long)i * i);
        for (int i = 0; i < n; i++)
        {
            board.Scores[i] = computed[i];
        }
    }
}
