// Twin: the deconstructed list is only read.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R8.ForeachDeconstructDictionaryQuiet;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class ChatRooms
{
    public Dictionary<string, List<string>> Rooms { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Kick
{
    public static List<string> RoomsOf(string user)
    {
        var rooms = new List<string>();
        foreach (var (room, members) in ChatRooms.Current.Rooms)
        {
            if (members.Contains(user))
            {
                rooms.Add(room);
            }
        }

        return rooms;
    }
}
