// A project of three files: a chat room that every worker owns (this file), a batching flusher that keeps the flush
// as a lambda over the outbox it is given and runs it periodically (OutboxFlusher.cs), and the room service that
// wires them up on the worker (RoomService.cs). The flusher's Start runs the stored lambda on a
// System.Threading.Timer, a pool thread: the page (WEFT0004) says a lambda an object keeps in a member over what its
// caller passed, run by another method of the object on a thread it starts, is reported at the caller's call of that
// method. The quiet twin's flusher arms a loop timer on the calling worker's dispatcher instead.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.WorkerState.R14.ChatOutboxDefect;

public sealed record Outgoing(string User, string Text);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ChatRoom
{
    public Queue<Outgoing> Outbox { get; } = new();
    public HashSet<string> Online { get; } = new(StringComparer.Ordinal);

    public void Say(string from, string text)
    {
        foreach (var user in Online)
        {
            if (!string.Equals(user, from, StringComparison.Ordinal))
            {
                Outbox.Enqueue(new Outgoing(user, $"{from}: {text}"));
            }
        }
    }

    [WorkerUpdate]
    public void Kick(string user) => Online.Remove(user);
}
