// WEFT0002: narrows AddRangeOfDeferredQuery: the published list is filled with `AddRange(_scratch)` (the list itself,
// no query). The scratch list itself is
// published.
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

namespace Corpus7b.AddRangeOfListCopies;

public sealed class Lines(WorkerPool pool)
{
    private readonly Slot<List<string>> _slot = pool.AllocateSlot<List<string>>();
    private readonly List<string> _scratch = new();

    public void Refresh(IEnumerable<string> lines)
    {
        _scratch.Clear(); // expect: WEFT0002
        _scratch.AddRange(lines); // expect: WEFT0002
        var fresh = new List<string>(_scratch.Count);
        fresh.AddRange(_scratch);
        _slot.Publish(_scratch);
    }
}
