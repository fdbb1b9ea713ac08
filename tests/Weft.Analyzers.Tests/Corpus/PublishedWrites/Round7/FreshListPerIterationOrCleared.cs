// WEFT0002, order by flow in a loop: every batch is published as a list. The one list is cleared and refilled: from the
// second iteration on, Clear and AddRange write the list published by the previous iteration.
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

namespace Corpus7b.FreshListPerIterationOrCleared;

public static class BatchLists
{
    public static void Publish(WorkerPool pool, IEnumerable<string[]> batches)
    {
        var slot = pool.AllocateSlot<List<string>>();
        var list = new List<string>();
        foreach (var batch in batches)
        {
            list.Clear(); // expect: WEFT0002
            list.AddRange(batch); // expect: WEFT0002
            slot.Publish(list);
        }
    }
}
