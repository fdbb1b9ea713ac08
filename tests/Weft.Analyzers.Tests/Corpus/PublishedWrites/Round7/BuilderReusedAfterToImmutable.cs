// WEFT0002: one ImmutableArray builder reused for every batch. The page: a builder is mutable until ToImmutable.
// The builder itself is published (as the slot's IReadOnlyList<int>): the next
// iteration's Clear and AddRange write the object the workers read.
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

namespace Corpus7b.BuilderReusedAfterToImmutable;

public static class BatchPublisher
{
    public static void Run(WorkerPool pool, IEnumerable<int[]> batches)
    {
        var slot = pool.AllocateSlot<IReadOnlyList<int>>();
        var builder = ImmutableArray.CreateBuilder<int>();
        foreach (var batch in batches)
        {
            builder.Clear(); // expect: WEFT0002
            builder.AddRange(batch); // expect: WEFT0002
            slot.Publish(builder);
        }
    }
}
