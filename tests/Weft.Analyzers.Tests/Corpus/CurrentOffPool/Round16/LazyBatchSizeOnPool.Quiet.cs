// A job scheduler keeps its batch size in a Lazy<int> whose factory reads the limits snapshot's Current, forced
// through a property: DrainAsync reads the property on the worker and hands the number to Task.Run (quiet twin of
// LazyBatchSizeOnPool).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R16.LazyBatchSizeOnPool;

[ThreadLocalSlot]
public sealed partial class JobLimits
{
    public int MaxBatch { get; init; } = 64;
}

public sealed class BatchScheduler
{
    private readonly Lazy<int> _batch = new(() => JobLimits.Current.MaxBatch);

    public int Batch => _batch.Value;

    public Task<int> DrainAsync(IReadOnlyList<Func<Task>> jobs)
    {
        int batch = Batch;
        return Task.Run(async () =>
        {
            int n = Math.Min(batch, jobs.Count);
            for (int i = 0; i < n; i++)
                await jobs[i]();
            return n;
        });
    }
}
