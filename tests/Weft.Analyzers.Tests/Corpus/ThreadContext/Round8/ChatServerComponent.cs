// A realistic component: a chat server on Weft.Net with one listener per worker. Each worker keeps its rooms; a
// message is fanned out to the other workers by posting to them. Two defects: the fan-out posts a lambda that
// captures the sending worker's room table to every other worker (WEFT0004), and the moderation log is flushed
// from a ContinueWith continuation that reads the worker's log (WEFT0004).
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.ThreadContext.R8.ChatServerComponent;

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
                foreach (var other in pool.Workers)
                {
                    if (!other.IsCurrentThread)
                    {
                        other.Post(() => rooms.Deliver(room, line)); // expect: WEFT0004
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
        var rooms = ChatRooms.Current;
        return Task.Delay(100).ContinueWith(_ => File.AppendAllLines(path, rooms.ModerationLog)); // expect: WEFT0004
    }
}
