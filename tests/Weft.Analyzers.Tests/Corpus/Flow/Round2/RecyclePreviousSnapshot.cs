// Round 2. RCU done wrong: the previous snapshot is recycled right after the next one is published, while workers
// that have not switched yet still read it.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.Round2.Recycle;

public sealed class Publisher(Slot<List<string>> slot)
{
    private List<string> _current = new();

    public void Replace(IEnumerable<string> entries)
    {
        var previous = _current;
        var next = new List<string>(entries);
        _current = next;
        slot.Publish(next);
        previous.Clear(); // expect: WEFT0002
    }

    public void Start() => slot.Publish(_current);
}
