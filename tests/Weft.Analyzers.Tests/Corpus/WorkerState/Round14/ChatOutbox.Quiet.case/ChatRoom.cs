// Quiet twin of ChatOutbox.case: the flusher's Start arms a loop timer on the calling worker's own dispatcher
// (Dispatcher.Current.CreateTimer, whose callback runs on the owning loop), so the stored flush drains the worker's
// outbox on that worker.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.WorkerState.R14.ChatOutboxQuiet;

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
