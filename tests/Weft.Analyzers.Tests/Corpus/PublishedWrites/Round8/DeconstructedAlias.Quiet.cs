// Twin: the deconstruction copies the list first.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.DeconstructedAliasQuiet;

public static class ChatRooms
{
    public static int Publish(Slot<List<string>> slot, List<string> rooms)
    {
        slot.Publish(rooms);
        var (names, count) = (new List<string>(rooms), rooms.Count);
        names.Add("lobby");
        return count;
    }
}
