// WEFT0008: a `lock` around the call that hands the callback over does not guard the callback. Page: "a lock around the
// call that hands the callback over is released long before the callback runs, and guards nothing".
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.PerWorkerCallbacks.LockAroundHandOver;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Routes
{
    public Dictionary<string, int> Hits { get; } = new();

    public static Task<Dictionary<string, int>> MergeAsync(WorkerPool pool)
    {
        var merged = new Dictionary<string, int>();
        Task done;
        lock (merged)
        {
            done = UpdateAllAsync(pool, r =>
            {
                foreach (var (route, n) in r.Hits)
                    merged[route] = merged.GetValueOrDefault(route) + n; // expect: WEFT0008
            });
        }
        return done.ContinueWith(_ => merged, TaskScheduler.Default);
    }
}
