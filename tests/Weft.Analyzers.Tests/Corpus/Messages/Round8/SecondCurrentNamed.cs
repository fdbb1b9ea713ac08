// WEFT0003 names the type of the Current that is written (the second of two read in the method).
using System.Collections.Generic;
using Weft;

namespace Corpus.Messages.R8.SecondCurrentNamed;

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
    public static void Open(string room)
    {
        var flags = FeatureFlags.Current;
        var rooms = ChatRooms.Current;
        if (flags.On.Contains("rooms"))
        {
            rooms.Names.Add(room); // expect: WEFT0003 "ChatRooms"
        }
    }
}
