// WEFT0002: a resolver keeps one scratch list for parsing. Only a copy (ToArray) is published; the scratch list itself
// never reaches a worker, so refilling it on the next call is no write to published data: quiet.
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

namespace Corpus7b.ScratchBufferPublishedOrCopiedQuiet;

public sealed class Resolver
{
    private readonly Slot<IReadOnlyList<string>> _slot;
    private readonly List<string> _scratch = new();

    public Resolver(WorkerPool pool) => _slot = pool.AllocateSlot<IReadOnlyList<string>>();

    public void Refresh(IEnumerable<string> lines)
    {
        _scratch.Clear();
        foreach (var line in lines)
        {
            if (line.Length > 0) _scratch.Add(line.Trim());
        }
        _slot.Publish(_scratch.ToArray());
    }
}
