// Twin: the deconstructed int is changed; the list is only read.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R8.DeconstructSnapshotQuiet;

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
        version += members.Contains(user) ? 0 : 1;
        return version;
    }
}
