// WEFT0002: double buffering, two lists alternated, only the back one written. The back buffer itself is
// published and the two are swapped. Reading from the page's "Published fields": a field that ever held a published
// object is published state (a worker may still hold the older version after the switch), so the Clear and AddRange
// into the back buffer are reported.
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

namespace Corpus7b.DoubleBufferFrozenOrSwapped;

public sealed class DoubleBuffered
{
    private readonly Slot<IReadOnlyList<string>> _slot;
    private List<string> _front = new();
    private List<string> _back = new();

    public DoubleBuffered(WorkerPool pool) => _slot = pool.AllocateSlot<IReadOnlyList<string>>();

    public async Task SwapInAsync(IEnumerable<string> items)
    {
        _back.Clear(); // expect: WEFT0002
        _back.AddRange(items); // expect: WEFT0002
        await _slot.PublishAsync(_back);
        (_front, _back) = (_back, _front);
    }

    public int FrontCount => _front.Count;
}
