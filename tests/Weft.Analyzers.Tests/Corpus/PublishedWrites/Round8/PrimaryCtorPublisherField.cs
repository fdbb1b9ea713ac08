// WEFT0002: the page's reuse-one-buffer bug in a primary-constructor class: the field's list is published on
// every call, so the Add above the publish changes what the previous call published.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.PrimaryCtorPublisherField;

public sealed class RoomRegistry(Slot<IReadOnlyList<string>> slot)
{
    private readonly List<string> _rooms = new();

    public void Open(string room)
    {
        _rooms.Add(room); // expect: WEFT0002
        slot.Publish(_rooms.AsReadOnly());
    }
}
