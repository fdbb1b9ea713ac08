// WEFT0004: inside a connection's onData (on the worker), the chat server hands the worker's room table to Task.Run.
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using Weft;
using Weft.Net;

namespace Corpus.ThreadContext.R8.ConnectionDataToTaskRun;

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
                _ = Task.Run(() => rooms.Members.Remove(room)); // expect: WEFT0004
            },
            (c, e) => { });
    }
}
