// WEFT0002: a local named like a field. Without the local declaration, `names` is the
// field, which the previous call published: the Clear and Add write it (above the publish in the text, after it by
// flow across calls).
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

namespace Corpus7b.LocalShadowsPublishedField;

public sealed class Catalog(WorkerPool pool)
{
    private readonly Slot<List<string>> _slot = pool.AllocateSlot<List<string>>();
    private List<string> names = new();

    public void Rebuild(IEnumerable<string> source)
    {
        names.Clear(); // expect: WEFT0002
        foreach (var name in source) names.Add(name); // expect: WEFT0002
        _slot.Publish(names);
    }

    public int FieldCount => names.Count;
}
