// Round 15, WEFT0002, a short request handler: the reload endpoint builds the next host list, publishes it and swaps it
// into its field with Interlocked.Exchange; it then recycles the list Exchange hands back as the next spare buffer,
// clearing it. That list is the one the previous reload published, which a worker may still hold. The page: the value
// Exchange returns is what the field held, and a field that ever held a published object is published state. The
// recycled list comes back as `next` two reloads later, so the AddRange writes a published list too.
using System.Collections.Generic;
using System.Threading;
using Weft.Slots;

namespace Corpus.Round15.ExchangeRecyclesOld;

public sealed class ReloadHandler(Slot<List<string>> hosts)
{
    private List<string> _current = [];
    private List<string> _spare = [];

    public int Reload(IEnumerable<string> discovered)
    {
        var next = _spare;
        next.AddRange(discovered); // expect: WEFT0002
        hosts.Publish(next);
        var previous = Interlocked.Exchange(ref _current, next);
        previous.Clear(); // expect: WEFT0002
        _spare = previous;
        return next.Count;
    }
}
