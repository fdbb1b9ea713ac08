using Weft;

namespace Corpus.StaticWrites.R9.StaticPropertyAccessorsElsewhere;

public static class Uploads
{
    public static void Account(WorkerPool pool, int worker, long size)
    {
        pool.Workers[worker].Post(() => ProcessTotals.AddBytes(size));
    }
}
