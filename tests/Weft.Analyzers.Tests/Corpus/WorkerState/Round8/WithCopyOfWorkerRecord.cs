// WEFT0004: a `with` copy of a worker-owned record still holds the worker's list; the copy goes to Task.Run.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.WithCopyOfWorkerRecord;

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
        var state = ChatRooms.Current.Rooms[room] with { Room = room + "-archive" };
        return Task.Run(() => System.IO.File.WriteAllLines(state.Room, state.Members)); // expect: WEFT0004
    }
}
