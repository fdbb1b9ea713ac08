// Round 15, WEFT0002 quiet twin: the stored trim step runs before the publish.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Round15.StoredTrimFuncQuiet;

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
        int trimmed = _trim(list);
        _peers.Publish(list);
        return trimmed;
    }
}
