// WEFT0002: a resolver keeps one scratch list for parsing. The scratch list
// itself is published: it becomes published state and the next call's Clear and Add write what workers read.
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

namespace Corpus7b.ScratchBufferPublishedOrCopied;

public sealed class Resolver
{
    private readonly Slot<IReadOnlyList<string>> _slot;
    private readonly List<string> _scratch = new();

    public Resolver(WorkerPool pool) => _slot = pool.AllocateSlot<IReadOnlyList<string>>();

    public void Refresh(IEnumerable<string> lines)
    {
        _scratch.Clear(); // expect: WEFT0002
        foreach (var line in lines)
        {
            if (line.Length > 0) _scratch.Add(line.Trim()); // expect: WEFT0002
        }
        _slot.Publish(_scratch);
    }
}
