// A top-level program: the types live in another file; a callback posted to a worker reads the worker's session and
// hands it to Task.Run.
using System.Threading.Tasks;
using Corpus.R11.TopLevelPostThenRun;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
Session.Initialize(pool, _ => new Session());
pool.Workers[0].Post(() =>
{
    var session = Session.Current;
    _ = Task.Run(() => session.Open.Clear()); // expect: WEFT0004
});
