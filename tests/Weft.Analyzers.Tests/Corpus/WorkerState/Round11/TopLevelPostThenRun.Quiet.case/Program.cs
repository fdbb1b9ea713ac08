// Quiet twin: the posted callback defers the clear to its own loop (Dispatcher.Current) instead of the pool.
using Corpus.R11.TopLevelPostThenRunQuiet;
using Weft;
using Weft.Threading;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
Session.Initialize(pool, _ => new Session());
pool.Workers[0].Post(() =>
{
    var session = Session.Current;
    Dispatcher.Current!.Post(() => session.Open.Clear());
});
