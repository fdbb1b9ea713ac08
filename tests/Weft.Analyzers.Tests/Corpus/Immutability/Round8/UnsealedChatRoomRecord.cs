// WEFT0001: an unsealed partial record as a chat-room directory snapshot (a subclass could add state).
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R8.UnsealedChatRoomRecord;

[ThreadLocalSlot]
public partial record RoomDirectory // expect: WEFT0001
{
    public ImmutableSortedSet<string> Rooms { get; init; } = ImmutableSortedSet<string>.Empty;
}
