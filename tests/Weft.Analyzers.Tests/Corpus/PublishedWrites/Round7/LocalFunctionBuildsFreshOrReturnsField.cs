// WEFT0002: a local function supplies the list that is published and then extended. It returns the one list kept in a field, so the
// second call hands back the published list, which is then written.
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

namespace Corpus7b.LocalFunctionBuildsFreshOrReturnsField;

public sealed class Seeds(WorkerPool pool)
{
    private readonly Slot<List<string>> _slot = pool.AllocateSlot<List<string>>();
    private readonly List<string> _defaults = new() { "a.local", "b.local" };

    public int Run()
    {
        List<string> Build() => _defaults;

        _slot.Publish(Build());
        var extra = Build();
        extra.Add("c.local"); // expect: WEFT0002
        return extra.Count;
    }
}
