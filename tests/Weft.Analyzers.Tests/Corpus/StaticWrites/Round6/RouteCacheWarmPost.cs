// Request router with a process-wide "recently resolved" cache. Defect: the warm-up posts a callback to every
// worker that fills the static non-concurrent Dictionary through a small extension method (WEFT0006: a static
// non-concurrent collection mutated in posted worker code; reading taken: the call of a user method that
// mutates it is reported at the call, the extension method alone being no worker code).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus6b.RouteCacheWarmPost;

public static class ResolvedRoutes
{
    internal static readonly Dictionary<string, string> s_byPath = new(StringComparer.Ordinal);
}

public static class CacheExtensions
{
    public static void Remember(this Dictionary<string, string> cache, string path, string cluster)
    {
        if (cache.Count > 10_000) cache.Clear();
        cache[path] = cluster;
    }
}

public static class Warmup
{
    public static void WarmAll(WorkerPool pool, IReadOnlyList<(string Path, string Cluster)> seeds)
    {
        foreach (Dispatcher worker in pool.Workers)
        {
            worker.Post(() =>
            {
                foreach (var (path, cluster) in seeds)
                {
                    ResolvedRoutes.s_byPath.Remember(path, cluster); // expect: WEFT0006
                }
            });
        }
    }
}
