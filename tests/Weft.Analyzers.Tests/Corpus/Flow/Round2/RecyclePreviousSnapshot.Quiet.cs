// Round 2. The previous snapshot is dropped, never reused: each publish gets a new list.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.Round2.Recycle;

public sealed class Publisher(Slot<List<string>> slot)
{
    private List<string> _current = new();

    public int Replace(IEnumerable<string> entries)
    {
        var previous = _current;
        var next = new List<string>(entries);
        _current = next;
        slot.Publish(next);
        return previous.Count;
    }

    public void Start() => slot.Publish(_current);
}
