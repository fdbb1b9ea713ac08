// Parallel.For runs its body on many threads at once, all touching the worker's dictionary.
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
        Parallel.For(0, n, i => board.Scores[i] = 0); // expect: WEFT0004
    }
}
