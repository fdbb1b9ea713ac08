// Quiet twin of RoomHistoryModerationEvent: the handler posts the removal to the worker's own loop.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.RoomHistoryModerationEvent;

public sealed record ChatMessage(long Id, string User, string Text);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RoomHistory
{
    public List<ChatMessage> Messages { get; } = new();
}

public sealed class ModerationService : IDisposable
{
    private readonly ConcurrentQueue<long> _suspects = new();
    private readonly Timer _timer;

    public ModerationService() => _timer = new Timer(_ => Poll(), null, 1000, 1000);

    public event Action<long>? Flagged;

    public void Report(long messageId) => _suspects.Enqueue(messageId);

    private void Poll()
    {
        while (_suspects.TryDequeue(out long id)) Flagged?.Invoke(id);
    }

    public void Dispose() => _timer.Dispose();
}

public sealed class RoomWorker
{
    public void Attach(ModerationService moderation)
    {
        Dispatcher loop = Dispatcher.Current!;
        moderation.Flagged += id => loop.Post(() => RoomHistory.Current.Messages.RemoveAll(m => m.Id == id));
    }
}
