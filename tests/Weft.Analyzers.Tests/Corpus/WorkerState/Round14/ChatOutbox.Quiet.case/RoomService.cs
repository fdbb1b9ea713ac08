// Wires the worker's chat room to a flusher when the worker starts serving chat.
using System;

namespace Corpus.WorkerState.R14.ChatOutboxQuiet;

public sealed class RoomService : IDisposable
{
    private readonly OutboxFlusher _flusher;
    private bool _started;

    public RoomService(IChatTransport transport) => _flusher = new OutboxFlusher(transport, TimeSpan.FromMilliseconds(50));

    public void StartServing(int maxBatch)
    {
        if (_started)
        {
            return;
        }

        var room = ChatRoom.Current;
        _flusher.Attach(room.Outbox, maxBatch);
        _flusher.Start();
        _started = true;
    }

    public void Dispose() => _flusher.Dispose();
}
