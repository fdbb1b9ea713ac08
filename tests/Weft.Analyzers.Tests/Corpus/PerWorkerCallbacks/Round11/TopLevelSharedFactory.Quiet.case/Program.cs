using Corpus.R11.TopLevelSharedFactoryQuiet;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
const string seedKey = "a";
Cache.Initialize(pool, _ =>
{
    var cache = new Cache();
    cache.Entries[seedKey] = "1";
    return cache;
});
