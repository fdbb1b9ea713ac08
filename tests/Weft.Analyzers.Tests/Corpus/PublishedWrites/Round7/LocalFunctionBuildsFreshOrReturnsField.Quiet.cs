// WEFT0002: a local function supplies the list that is published and then extended. It builds a new list on every
// call, so the second call's list is not the published one: quiet.
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

namespace Corpus7b.LocalFunctionBuildsFreshOrReturnsFieldQuiet;

public sealed class Seeds(WorkerPool pool)
{
    private readonly Slot<List<string>> _slot = pool.AllocateSlot<List<string>>();
    private readonly List<string> _defaults = new() { "a.local", "b.local" };

    public int Run()
    {
        List<string> Build() => new List<string>(_defaults);

        _slot.Publish(Build());
        var extra = Build();
        extra.Add("c.local");
        return extra.Count;
    }
}
