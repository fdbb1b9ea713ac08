// Quiet twin of ChatInbox: the pump enumerates the channel without ConfigureAwait(false), so on the worker's
// dispatcher every pass of the body runs on that worker.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R14.ChatInboxQuiet;

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
        await foreach (var message in messages.ReadAllAsync(ct))
        {
            if (string.IsNullOrWhiteSpace(message.Text))
            {
                continue;
            }

            _history.Add(message);
            if (_history.Count > HistoryLimit)
            {
                _history.RemoveRange(0, _history.Count - HistoryLimit);
            }

            _unreadByRoom[message.Room] = _unreadByRoom.GetValueOrDefault(message.Room) + 1;
        }
    }

    [WorkerUpdate]
    public void MarkRead(string room) => _unreadByRoom.Remove(room);
}
