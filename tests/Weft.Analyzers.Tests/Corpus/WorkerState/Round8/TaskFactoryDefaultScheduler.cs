// WEFT0004: a TaskFactory over TaskScheduler.Default runs the trim on the pool.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.TaskFactoryDefaultScheduler;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateBuckets
{
    public readonly Dictionary<string, int> Tokens = new();
}

public static class Trim
{
    private static readonly TaskFactory s_factory = new(TaskScheduler.Default);

    public static Task Later()
    {
        var buckets = RateBuckets.Current;
        return s_factory.StartNew(() => buckets.Tokens.Clear()); // expect: WEFT0004
    }
}
