// Quiet twin of DoubleBufferSwap: every call builds a new list, fills it before publishing it, and the tuple swap only
// moves references between fields (assigning a field is not a write to the object it held). Nothing an earlier call
// published is written again.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.DoubleBufferSwapQuiet;

public sealed class BlockedHostsPublisher
{
    private readonly Slot<List<string>> _slot;
    private List<string> _current = new();
    private List<string> _previous = new();

    public BlockedHostsPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public int Published => _current.Count;

    public int PreviouslyPublished => _previous.Count;

    public async Task ReplaceAsync(IEnumerable<string> hosts)
    {
        var next = new List<string>(hosts);
        next.Sort(StringComparer.OrdinalIgnoreCase);
        await _slot.PublishAsync(next);
        (_previous, _current) = (_current, next);
    }
}
