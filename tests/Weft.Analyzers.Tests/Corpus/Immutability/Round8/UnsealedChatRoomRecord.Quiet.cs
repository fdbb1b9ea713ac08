// Twin: sealed.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R8.UnsealedChatRoomRecordQuiet;

[ThreadLocalSlot]
public sealed partial record RoomDirectory
{
    public ImmutableSortedSet<string> Rooms { get; init; } = ImmutableSortedSet<string>.Empty;
}
