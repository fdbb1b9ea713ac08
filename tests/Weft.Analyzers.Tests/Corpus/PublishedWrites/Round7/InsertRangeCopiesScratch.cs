// WEFT0002: a scratch list refilled on every call; what is published is built from it with `List.InsertRange`.
// The scratch list itself is published.
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

namespace Corpus7b.InsertRangeCopiesScratch;

public sealed class Feed(WorkerPool pool)
{
    private readonly Slot<IEnumerable<string>> _slot = pool.AllocateSlot<IEnumerable<string>>();
    private readonly List<string> _scratch = new();

    public void Refresh(IEnumerable<string> lines)
    {
        _scratch.Clear(); // expect: WEFT0002
        _scratch.AddRange(lines); // expect: WEFT0002
        var fresh = new List<string> { "first.local" };
        fresh.InsertRange(1, _scratch);
        _slot.Publish(_scratch);
    }
}
