// WEFT0002: double buffering, two lists alternated, only the back one written. What is published is an immutable copy
// of the back buffer (ToImmutableArray), so neither buffer ever reaches a worker: quiet.
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

namespace Corpus7b.DoubleBufferFrozenOrSwappedQuiet;

public sealed class DoubleBuffered
{
    private readonly Slot<IReadOnlyList<string>> _slot;
    private List<string> _front = new();
    private List<string> _back = new();

    public DoubleBuffered(WorkerPool pool) => _slot = pool.AllocateSlot<IReadOnlyList<string>>();

    public async Task SwapInAsync(IEnumerable<string> items)
    {
        _back.Clear();
        _back.AddRange(items);
        await _slot.PublishAsync(_back.ToImmutableArray());
        (_front, _back) = (_back, _front);
    }

    public int FrontCount => _front.Count;
}
