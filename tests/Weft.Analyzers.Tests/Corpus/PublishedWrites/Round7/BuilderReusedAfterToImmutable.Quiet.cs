// WEFT0002: one ImmutableArray builder reused for every batch. The page: a builder is mutable until ToImmutable.
// Reading taken: ToImmutable copies, so the published array is a new object and later writes to the builder change
// nothing a worker reads: quiet.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.BuilderReusedAfterToImmutableQuiet;

public static class BatchPublisher
{
    public static void Run(WorkerPool pool, IEnumerable<int[]> batches)
    {
        var slot = pool.AllocateSlot<IReadOnlyList<int>>();
        var builder = ImmutableArray.CreateBuilder<int>();
        foreach (var batch in batches)
        {
            builder.Clear();
            builder.AddRange(batch);
            slot.Publish(builder.ToImmutable());
        }
    }
}
