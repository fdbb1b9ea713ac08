// WEFT0002: a scratch list refilled on every call. What is published is a new list filled with
// `AddRange(_scratch.Distinct())`: AddRange enumerates the query at once and copies the elements, so the scratch list is
// never published and refilling it is no write to published data: quiet.
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

namespace Corpus7b.AddRangeOfDeferredQueryQuiet;

public sealed class Addresses(WorkerPool pool)
{
    private readonly Slot<IEnumerable<string>> _slot = pool.AllocateSlot<IEnumerable<string>>();
    private readonly List<string> _scratch = new();

    public void Refresh(IEnumerable<string> answers)
    {
        _scratch.Clear();
        foreach (var answer in answers) _scratch.Add(answer.Trim());
        var fresh = new List<string>();
        fresh.AddRange(_scratch.Distinct());
        _slot.Publish(fresh);
    }
}
