// The same start-up, but the worker callbacks bump the static counter without a lock.
using Weft;

namespace Corpus.StaticWrites.OnMain;

public static class Startup
{
    private static int s_started;

    public static WorkerPool Start()
    {
        var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        foreach (var worker in pool.Workers)
        {
            worker.Post(() => s_started++); // expect: WEFT0006
        }

        return pool;
    }

    public static int Started => s_started;
}
