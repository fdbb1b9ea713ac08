// Twin: the `with` copies the members into a new array-backed list first.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.WithCopyOfWorkerRecordQuiet;

public sealed record RoomState(string Room, List<string> Members);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ChatRooms
{
    public readonly Dictionary<string, RoomState> Rooms = new();
}

public static class Archive
{
    public static Task SaveAsync(string room)
    {
        var live = ChatRooms.Current.Rooms[room];
        var state = live with { Room = room + "-archive", Members = [.. live.Members] };
        return Task.Run(() => System.IO.File.WriteAllLines(state.Room, state.Members));
    }
}
