// WEFT0002: a local named like a field. `names` is declared as a local in Rebuild: every call fills a new list and
// publishes it; the field of the same name is never published: quiet.
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

namespace Corpus7b.LocalShadowsPublishedFieldQuiet;

public sealed class Catalog(WorkerPool pool)
{
    private readonly Slot<List<string>> _slot = pool.AllocateSlot<List<string>>();
    private List<string> names = new();

    public void Rebuild(IEnumerable<string> source)
    {
        var names = new List<string>();
        foreach (var name in source) names.Add(name);
        _slot.Publish(names);
    }

    public int FieldCount => names.Count;
}
