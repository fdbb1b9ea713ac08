// Quiet twin: the local function works on a copy of the counts taken on the worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.LocalFunctionToTaskRunQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Stats
{
    public Dictionary<string, int> Hits { get; } = new();
}

public static class Reset
{
    public static Task<int> Schedule()
    {
        var hits = new Dictionary<string, int>(Stats.Current.Hits);
        return Task.Run(Sum);

        int Sum()
        {
            int total = 0;
            foreach (var (_, n) in hits)
            {
                total += n;
            }

            return total;
        }
    }
}
