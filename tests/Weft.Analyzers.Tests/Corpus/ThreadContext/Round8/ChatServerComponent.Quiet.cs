// The clean twin: the fan-out posts only the room name and the line (a string and a fresh array), and each worker
// delivers through its own ChatRooms.Current; the moderation log is copied on the worker before the continuation.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.ThreadContext.R8.ChatServerComponentQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ChatRooms
{
    public readonly Dictionary<string, List<Connection>> Members = new(StringComparer.Ordinal);
    public readonly List<string> ModerationLog = new();

    public void Deliver(string room, byte[] line)
    {
        if (Members.TryGetValue(room, out var members))
        {
            foreach (var member in members)
            {
                member.Write(line);
            }
        }
    }
}

public sealed class ChatServer(WorkerPool pool)
{
    public void Listen(Dispatcher worker, IPEndPoint endPoint) =>
        worker.Post(() => Listener.Open(worker, endPoint, OnAccepted));

    private void OnAccepted(Connection connection)
    {
        var rooms = ChatRooms.Current;
        string room = "lobby";
        connection.Start(
            (c, data) =>
            {
                var text = Encoding.UTF8.GetString(data);
                if (text.StartsWith("/join ", StringComparison.Ordinal))
                {
                    room = text[6..].Trim();
                    if (!rooms.Members.TryGetValue(room, out var list))
                    {
                        rooms.Members[room] = list = new List<Connection>();
                    }

                    list.Add(c);
                    return;
                }

                var line = data.ToArray();
                rooms.Deliver(room, line);
                string target = room;
                foreach (var other in pool.Workers)
                {
                    if (!other.IsCurrentThread)
                    {
                        other.Post(() => ChatRooms.Current.Deliver(target, line));
                    }
                }
            },
            (c, e) =>
            {
                if (e == ConnectionEvent.Closed && rooms.Members.TryGetValue(room, out var list))
                {
                    list.Remove(c);
                }
            });
    }

    public static Task FlushModerationAsync(string path)
    {
        string[] lines = ChatRooms.Current.ModerationLog.ToArray();
        return Task.Delay(100).ContinueWith(_ => File.AppendAllLines(path, lines));
    }
}
