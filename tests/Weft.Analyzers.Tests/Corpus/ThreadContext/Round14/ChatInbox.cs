// A per-worker chat inbox (per-worker slot type) pumps the messages of the connections this worker owns from a
// channel into its history and its unread counters. The pump enumerates the channel with `await foreach` over
// ReadAllAsync(ct).ConfigureAwait(false): after the first MoveNextAsync the body may run on a pool thread, where it
// writes the worker's own history list (WEFT0004: the page lists `await foreach` over a `.ConfigureAwait(false)` source
// among the awaits that leave the loop, and a per-worker type's fields are worker state). The quiet twin enumerates the
// channel without ConfigureAwait(false). Every use of a field of the worker's own instance after such an await is
// reported (WEFT0004 page, "Reported once": a per-worker type's own field, at each use; each field on its own).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R14.ChatInboxDefect;

public sealed record InboundMessage(string Room, string From, string Text, DateTimeOffset At);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ChatInbox
{
    private const int HistoryLimit = 1000;
    private readonly List<InboundMessage> _history = new();
    private readonly Dictionary<string, int> _unreadByRoom = new(StringComparer.Ordinal);

    public int Unread(string room) => _unreadByRoom.GetValueOrDefault(room);

    public async Task PumpAsync(ChannelReader<InboundMessage> messages, CancellationToken ct)
    {
        await foreach (var message in messages.ReadAllAsync(ct).ConfigureAwait(false))
        {
            if (string.IsNullOrWhiteSpace(message.Text))
            {
                continue;
            }

            _history.Add(message); // expect: WEFT0004
            if (_history.Count > HistoryLimit) // expect: WEFT0004
            {
                _history.RemoveRange(0, _history.Count - HistoryLimit); // expect: WEFT0004
            }

            _unreadByRoom[message.Room] = _unreadByRoom.GetValueOrDefault(message.Room) + 1; // expect: WEFT0004
        }
    }

    [WorkerUpdate]
    public void MarkRead(string room) => _unreadByRoom.Remove(room);
}
