// Twin: every call builds a new list from the previous one, then publishes it.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.PrimaryCtorPublisherFieldQuiet;

public sealed class RoomRegistry(Slot<IReadOnlyList<string>> slot)
{
    private List<string> _rooms = new();

    public void Open(string room)
    {
        _rooms = new List<string>(_rooms) { room };
        slot.Publish(_rooms.AsReadOnly());
    }
}
