// Round 2. `-=` on a static long from callbacks posted to every worker loses updates.
using Weft;

namespace Corpus.StaticWrites.Round2.Subtract;

public static class Budget
{
    private static long s_remaining = 1_000_000;

    public static void Spend(WorkerPool pool, long bytes)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() => s_remaining -= bytes); // expect: WEFT0006
        }
    }
}
