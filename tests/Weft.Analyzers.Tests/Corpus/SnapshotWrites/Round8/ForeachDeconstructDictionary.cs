// WEFT0003: `foreach (var (room, members) in Current.Rooms)` deconstructs each KeyValuePair; the list is written.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R8.ForeachDeconstructDictionary;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class ChatRooms
{
    public Dictionary<string, List<string>> Rooms { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Kick
{
    public static void Everywhere(string user)
    {
        foreach (var (room, members) in ChatRooms.Current.Rooms)
        {
            members.Remove(user); // expect: WEFT0003
        }
    }
}
