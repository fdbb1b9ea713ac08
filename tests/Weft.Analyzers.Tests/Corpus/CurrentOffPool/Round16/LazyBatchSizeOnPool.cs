// A job scheduler keeps its batch size in a Lazy<int> whose factory reads the limits snapshot's Current, forced
// through a property. The first read of the property is inside Task.Run, so the factory reads Current on the pool
// (WEFT0005 at the factory's read).
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
    private readonly Lazy<int> _batch = new(() => JobLimits.Current.MaxBatch); // expect: WEFT0005

    public int Batch => _batch.Value;

    public Task<int> DrainAsync(IReadOnlyList<Func<Task>> jobs) =>
        Task.Run(async () =>
        {
            int n = Math.Min(Batch, jobs.Count);
            for (int i = 0; i < n; i++)
                await jobs[i]();
            return n;
        });
}
