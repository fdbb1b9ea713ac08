// Round 15, WEFT0002 quiet twin: every reload builds a new list and lets the previous one go.
using System.Collections.Generic;
using System.Threading;
using Weft.Slots;

namespace Corpus.Round15.ExchangeRecyclesOldQuiet;

public sealed class ReloadHandler(Slot<List<string>> hosts)
{
    private List<string> _current = [];

    public int Reload(IEnumerable<string> discovered)
    {
        var next = new List<string>(discovered);
        hosts.Publish(next);
        Interlocked.Exchange(ref _current, next);
        return next.Count;
    }
}
