// Quiet: F3's form for WEFT0002: a collection-expression spread copies the published list; the copy is written.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.SpreadCopyAfterPublish;

public static class Rooms
{
    public static List<string> Publish(Slot<List<string>> slot, List<string> rooms)
    {
        slot.Publish(rooms);
        List<string> mine = [.. rooms];
        mine.Add("lobby");
        return mine;
    }
}
