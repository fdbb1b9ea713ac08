using Corpus.R11.TopLevelSharedFactory;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
var warm = new Cache();
warm.Entries["a"] = "1";
Cache.Initialize(pool, _ => warm); // expect: WEFT0008
