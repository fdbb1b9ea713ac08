// Twin: the room list is copied before the add.
using System.Collections.Generic;
using Weft;

namespace Corpus.Messages.R8.SecondCurrentNamedQuiet;

#pragma warning disable WEFT0001 // the mutable snapshots are the point of the case
[ThreadLocalSlot]
public sealed partial class FeatureFlags
{
    public HashSet<string> On { get; init; } = new();
}

[ThreadLocalSlot]
public sealed partial class ChatRooms
{
    public List<string> Names { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Admin
{
    public static List<string> Open(string room)
    {
        var flags = FeatureFlags.Current;
        var rooms = new List<string>(ChatRooms.Current.Names);
        if (flags.On.Contains("rooms"))
        {
            rooms.Add(room);
        }

        return rooms;
    }
}
