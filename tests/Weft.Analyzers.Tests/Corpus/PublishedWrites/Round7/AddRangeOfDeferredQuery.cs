// WEFT0002: a scratch list refilled on every call. What is published is `_scratch.Distinct()`
// itself, a deferred query (a live view) over the scratch list: refilling the list changes what the workers enumerate.
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

namespace Corpus7b.AddRangeOfDeferredQuery;

public sealed class Addresses(WorkerPool pool)
{
    private readonly Slot<IEnumerable<string>> _slot = pool.AllocateSlot<IEnumerable<string>>();
    private readonly List<string> _scratch = new();

    public void Refresh(IEnumerable<string> answers)
    {
        _scratch.Clear(); // expect: WEFT0002
        foreach (var answer in answers) _scratch.Add(answer.Trim()); // expect: WEFT0002
        var fresh = new List<string>();
        fresh.AddRange(_scratch.Distinct());
        _slot.Publish(_scratch.Distinct());
    }
}
