// Twin: the factory is built over the loop's own scheduler (the page: StartNew stays there).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R8.TaskFactoryDefaultSchedulerQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateBuckets
{
    public readonly Dictionary<string, int> Tokens = new();
}

public static class Trim
{
    public static Task Later()
    {
        var buckets = RateBuckets.Current;
        var factory = new TaskFactory(Dispatcher.Current!.TaskScheduler);
        return factory.StartNew(() => buckets.Tokens.Clear());
    }
}
