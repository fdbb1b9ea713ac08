// A config reloader keeps the list it published last; on the next reload it publishes a new list and recycles the
// previous one in onAllApplied. A worker may still hold the previous list (WEFT0002: onAllApplied does not end a
// publication).
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R16.ReloadRecyclesPrevious;

public sealed class ListenerReloader(Slot<List<string>> listeners)
{
    private List<string> _current = new();
    private int _applied;

    public int Applied => _applied;

    public void Reload(IEnumerable<string> addresses)
    {
        var previous = _current;
        var next = new List<string>(addresses);
        _current = next;
        listeners.Publish(next, () => previous.Clear()); // expect: WEFT0002
    }
}
