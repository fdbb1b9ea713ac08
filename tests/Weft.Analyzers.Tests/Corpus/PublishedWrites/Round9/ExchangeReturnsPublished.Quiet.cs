// WEFT0002: "the value Exchange returns [is] what it held". The field holds the list every Swap publishes; the list
// Interlocked.Exchange hands back is the previously published one, and clearing it (to "recycle" it) writes what
// workers may still read. The quiet twin only reads the old list.
using System.Collections.Generic;
using System.Threading;
using Weft.Slots;

namespace Corpus.PublishedWrites.R9.ExchangeReturnsPublished;

public sealed class BackendSet(Slot<List<string>> slot)
{
    private List<string> _current = new();

    public int Swap(IEnumerable<string> backends)
    {
        var next = new List<string>(backends);
        List<string> previous = Interlocked.Exchange(ref _current, next);
        slot.Publish(next);
        int dropped = previous.Count;
        return dropped;
    }
}
