// WEFT0002, order by flow in a loop: every batch is published as a list. A new list is made at the top of each
// iteration, so AddRange writes an object no worker has seen: quiet.
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

namespace Corpus7b.FreshListPerIterationOrClearedQuiet;

public static class BatchLists
{
    public static void Publish(WorkerPool pool, IEnumerable<string[]> batches)
    {
        var slot = pool.AllocateSlot<List<string>>();
        var list = new List<string>();
        foreach (var batch in batches)
        {
            list = new List<string>();
            list.AddRange(batch);
            slot.Publish(list);
        }
    }
}
