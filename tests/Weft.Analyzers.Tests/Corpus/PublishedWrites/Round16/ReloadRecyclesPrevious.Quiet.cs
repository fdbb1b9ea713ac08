// A config reloader keeps the list it published last; on the next reload it publishes a new list and, in
// onAllApplied, only counts the applied reload, leaving the previous list to the garbage collector (quiet twin of
// ReloadRecyclesPrevious).
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
        listeners.Publish(next, () => _applied += previous.Count > 0 ? 1 : 0);
    }
}
