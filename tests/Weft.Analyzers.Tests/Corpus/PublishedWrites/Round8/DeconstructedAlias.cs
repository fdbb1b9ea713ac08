// WEFT0002: a tuple deconstruction aliases the published list under another name.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.DeconstructedAlias;

public static class ChatRooms
{
    public static int Publish(Slot<List<string>> slot, List<string> rooms)
    {
        slot.Publish(rooms);
        var (names, count) = (rooms, rooms.Count);
        names.Add("lobby"); // expect: WEFT0002
        return count;
    }
}
