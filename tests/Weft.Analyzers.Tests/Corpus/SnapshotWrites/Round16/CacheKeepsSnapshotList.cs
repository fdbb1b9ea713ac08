// A cache with background refresh: Refresh (run on the worker) keeps the snapshot's hot-key list in a field; Promote,
// another method of the same type, moves a key to the front of what the field holds, which is the snapshot's own list
// (WEFT0003 through a field, at each of the two writes: the page reports every write).
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R16.CacheKeepsSnapshotList;

[ThreadLocalSlot]
public sealed partial class HotKeys
{
    public List<string> Keys { get; init; } = new(); // expect: WEFT0001
}

public sealed class LocalCache
{
    private List<string> _order = new();
    private readonly Dictionary<string, byte[]> _values = new();

    public void Refresh()
    {
        _order = HotKeys.Current.Keys;
        _values.Clear();
    }

    public void Promote(string key)
    {
        if (_order.Remove(key)) // expect: WEFT0003
            _order.Insert(0, key); // expect: WEFT0003
    }
}
