// Quiet twin of LockAroundHandOver: the lock moves inside the callback.
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
        Task done = UpdateAllAsync(pool, r =>
        {
            lock (merged)
            {
                foreach (var (route, n) in r.Hits)
                    merged[route] = merged.GetValueOrDefault(route) + n;
            }
        });
        return done.ContinueWith(_ => merged, TaskScheduler.Default);
    }
}
