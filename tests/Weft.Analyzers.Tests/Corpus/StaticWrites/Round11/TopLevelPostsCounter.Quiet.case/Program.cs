await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 4 });
foreach (var worker in pool.Workers)
{
    worker.Post(() => Interlocked.Increment(ref Counters.Hits));
}
