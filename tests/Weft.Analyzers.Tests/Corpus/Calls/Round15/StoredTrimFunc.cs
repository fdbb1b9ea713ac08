// Round 15, WEFT0002: a cleanup step kept in a read-only Func<> field (assigned by the constructor) and invoked
// later with the list. The handler publishes first and trims afterwards: the delegate invoked with the published
// object writes it (reported at the invocation, as the page says for a delegate invoked with the object).
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Round15.StoredTrimFunc;

public sealed class PeerListPublisher
{
    private readonly Slot<List<string>> _peers;
    private readonly Func<List<string>, int> _trim;

    public PeerListPublisher(Slot<List<string>> peers, int max)
    {
        _peers = peers;
        _trim = list =>
        {
            int over = Math.Max(0, list.Count - max);
            if (over > 0) list.RemoveRange(max, over);
            return over;
        };
    }

    public int Publish(IEnumerable<string> discovered)
    {
        var list = new List<string>(discovered);
        _peers.Publish(list);
        return _trim(list); // expect: WEFT0002
    }
}
