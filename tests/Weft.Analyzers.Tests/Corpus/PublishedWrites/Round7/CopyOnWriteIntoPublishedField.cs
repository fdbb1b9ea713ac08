// WEFT0002: copy-on-write kept in a field. Each Add publishes a list and remembers it in `_published` (a slot over
// `List<string>` the caller declared: WEFT0007 allows it, WEFT0002 then watches writes). `next` aliases the field, which
// holds what the previous call published: the Add writes it under the workers (the page's "reusing one buffer for
// every version"), although the write sits above this call's publish.
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

namespace Corpus7b.CopyOnWriteIntoPublishedField;

public sealed class HostList
{
    private readonly Slot<List<string>> _slot;
    private List<string> _published = new();

    public HostList(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public void Add(string host)
    {
        var next = _published;
        next.Add(host); // expect: WEFT0002
        _published = next;
        _slot.Publish(next);
    }
}
