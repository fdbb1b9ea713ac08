// Twin: onData (the connection's own loop, [RunsOnOwningLoop] on a [RequiresLoopThread] Start) uses the rooms directly.
using System.Collections.Generic;
using System.Text;
using Weft;
using Weft.Net;

namespace Corpus.ThreadContext.R8.ConnectionDataToTaskRunQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ChatRooms
{
    public readonly Dictionary<string, List<Connection>> Members = new();
}

public static class ChatServer
{
    public static void OnAccepted(Connection connection)
    {
        var rooms = ChatRooms.Current;
        connection.Start(
            (c, data) =>
            {
                var room = Encoding.UTF8.GetString(data);
                if (!rooms.Members.TryGetValue(room, out var list))
                {
                    rooms.Members[room] = list = new List<Connection>();
                }

                list.Add(c);
            },
            (c, e) =>
            {
                if (e == ConnectionEvent.Closed)
                {
                    foreach (var members in rooms.Members.Values)
                    {
                        members.Remove(c);
                    }
                }
            });
    }
}
