// Quiet twin of RouteCacheWarmPost: the shared cache is a ConcurrentDictionary.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus6b.RouteCacheWarmPost;

public static class ResolvedRoutes
{
    internal static readonly ConcurrentDictionary<string, string> s_byPath = new(StringComparer.Ordinal);
}

public static class CacheExtensions
{
    public static void Remember(this ConcurrentDictionary<string, string> cache, string path, string cluster) =>
        cache[path] = cluster;
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
                    ResolvedRoutes.s_byPath.Remember(path, cluster);
                }
            });
        }
    }
}
