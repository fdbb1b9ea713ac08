// A cache with background refresh: Refresh keeps a copy of the snapshot's hot-key list in a field; Promote reorders
// that copy, the cache's own list (quiet twin of CacheKeepsSnapshotList; the slot type's WEFT0001 stays).
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
        _order = new List<string>(HotKeys.Current.Keys);
        _values.Clear();
    }

    public void Promote(string key)
    {
        if (_order.Remove(key))
            _order.Insert(0, key);
    }
}
