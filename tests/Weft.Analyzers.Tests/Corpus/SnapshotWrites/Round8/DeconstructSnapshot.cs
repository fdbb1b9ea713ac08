// WEFT0003: the snapshot's own Deconstruct hands out its list; the deconstructed variable is written.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R8.DeconstructSnapshot;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class ChatRoster
{
    public List<string> Members { get; init; } = new();
    public int Version { get; init; }

    public void Deconstruct(out List<string> members, out int version)
    {
        members = Members;
        version = Version;
    }
}
#pragma warning restore WEFT0001

public static class Rooms
{
    public static int Join(string user)
    {
        var (members, version) = ChatRoster.Current;
        members.Add(user); // expect: WEFT0003
        return version;
    }
}
